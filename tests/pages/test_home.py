"""Home page and the sign-in component, signed out and in, with every kind of bad key."""

from __future__ import annotations

import pytest

from tests.apptest_helpers import assert_clean, click, labels, new_app, sign_in, texts
from ui.state import KEY_API_KEY, KEY_USER
from ui.text import KEY_HELD, RELOAD_ASKS_AGAIN

LOUNGE = "Hang out with AI Assistants in the Lounge"
LAB = "Create your own AI Assistants in the Lab"


@pytest.mark.usefixtures("app_env")
def test_signed_out_home_offers_sign_in_with_honest_key_wording_and_a_look_around():
    at = new_app().run()
    assert_clean(at)
    field = at.text_input(key="home_signin_api_key")
    assert field.label == "Enter your OpenAI API Key"
    assert field.help == KEY_HELD
    assert LOUNGE not in labels(at) and "Sign out" not in labels(at)
    shown = texts(at)
    assert "terms of use" in shown
    assert RELOAD_ASKS_AGAIN in shown  # said next to the key field, before it happens
    assert "browser session" not in shown
    links = [link.proto.label for link in at.get("page_link")]
    assert "Browse the assistants in the Lounge" in links and "Read the FAQ" in links


@pytest.mark.usefixtures("app_env")
def test_valid_key_signs_in_and_offers_lounge_and_lab():
    at = sign_in(new_app().run())
    assert_clean(at)
    assert LOUNGE in labels(at) and LAB in labels(at) and "Sign out" in labels(at)
    assert at.session_state[KEY_USER].models
    assert "Signed in with sk-…lice" in texts(at)  # which key, never the key


@pytest.mark.usefixtures("app_env")
def test_a_new_key_is_told_it_opened_a_new_account_and_a_known_key_is_welcomed_back():
    at = sign_in(new_app().run(), "sk-test-first-visit")
    assert "New account created for this key." in texts(at)
    assert "Welcome back." not in texts(at)
    at = click(at, "Sign out")
    at = sign_in(at, "sk-test-first-visit")
    assert "Welcome back." in texts(at)
    assert "New account created" not in texts(at)


@pytest.mark.usefixtures("app_env")
def test_signing_in_on_another_page_says_welcome_once_in_the_page_not_as_a_toast():
    at = new_app().run()
    at.query_params["assistant_id"] = "career-coach-maya"
    at = sign_in(at.switch_page("pages/assistant.py").run(), form="assistant_signin")
    welcome = (
        "New account created for this key. If you used GPT "
        "Lab with another key before, your chats are under "
        "that key: bring them here with **Bring my chats from an old key** in the sidebar."
    )
    assert not at.toast  # a toast covered the avatar on a phone
    assert [s.value for s in at.main.success] == [welcome]  # in the page, above its content
    assert at.main.children[0].value == welcome
    at = at.run()
    assert welcome not in [s.value for s in at.main.success]


@pytest.mark.usefixtures("app_env")
def test_a_failed_sign_in_clears_the_signed_out_note():
    at = click(sign_in(new_app().run()), "Sign out")
    assert "You are signed out." in " ".join(s.value for s in at.success)
    at = sign_in(at, "sk-invalid-123")
    assert "not accepted" in " ".join(e.value for e in at.error)
    assert not [s.value for s in at.success if "signed out" in s.value]


@pytest.mark.parametrize(
    "key,message",
    [
        ("sk-invalid-123", "not accepted"),
        ("sk-quota-123", "free-trial"),
        ("sk-down-123", "Please retry"),
        ("sk-nomodels-123", "cannot use any chat model"),
        ("   ", "Enter your API key"),
    ],
)
@pytest.mark.usefixtures("app_env")
def test_bad_keys_get_a_clear_message_and_stay_signed_out(key, message):
    at = sign_in(new_app().run(), key)
    assert_clean(at)
    assert message in " ".join(e.value for e in at.error)
    assert KEY_USER not in at.session_state
    assert "123" not in texts(at)


@pytest.mark.usefixtures("app_env")
def test_a_word_typed_as_a_key_is_told_that_openai_keys_start_with_sk():
    at = sign_in(new_app().run(), "hello")
    assert_clean(at)
    said = " ".join(e.value for e in at.error)
    assert "not accepted" in said and "OpenAI keys start with “sk-”." in said
    assert KEY_USER not in at.session_state
    at = sign_in(at, "sk-invalid-123")  # shaped like a key: the hint would not help
    said = " ".join(e.value for e in at.error)
    assert "not accepted" in said and "start with" not in said


@pytest.mark.usefixtures("app_env")
def test_a_refused_key_stays_in_its_hidden_field_to_fix_a_typo_and_goes_once_signed_in():
    at = sign_in(new_app().run(), "sk-invalid-123")
    assert "not accepted" in " ".join(e.value for e in at.error)
    field = at.text_input(key="home_signin_api_key")
    assert field.value == "sk-invalid-123" and field.proto.type == field.proto.PASSWORD
    assert "123" not in texts(at)
    at = sign_in(at, "sk-test-alice")
    assert KEY_USER in at.session_state
    assert at.session_state["home_signin_api_key"] == ""


@pytest.mark.usefixtures("app_env")
def test_the_key_never_stays_in_the_widget():
    at = sign_in(new_app().run(), "sk-test-widget-secret")
    assert (
        "home_signin_api_key" not in at.session_state
        or at.session_state["home_signin_api_key"] == ""
    )
    assert "widget-secret" not in texts(at)


@pytest.mark.usefixtures("app_env")
def test_sign_out_forgets_the_key_and_every_per_user_state():
    at = sign_in(new_app().run())
    at.session_state["lab_draft"] = {"initial_prompt": "x"}
    at = at.button(key="account_sign_out").click().run()
    assert_clean(at)
    assert KEY_USER not in at.session_state and KEY_API_KEY not in at.session_state
    assert "lab_draft" not in at.session_state
    assert "You are signed out." in texts(at)
    assert at.text_input(key="home_signin_api_key")


@pytest.mark.usefixtures("app_env")
def test_a_broken_secrets_file_gives_visitors_a_generic_message_not_its_path(tmp_path):
    secrets = tmp_path / "home" / ".streamlit" / "secrets.toml"
    secrets.parent.mkdir(parents=True)
    secrets.write_text('[store\nbackend = "sqlite"\n')
    at = sign_in(new_app().run())
    assert_clean(at)
    shown = texts(at)
    assert "not set up correctly" in shown
    assert "secrets.toml" not in shown and str(tmp_path) not in shown and "[store" not in shown
    assert KEY_USER not in at.session_state
    secrets.unlink()  # the fixture teardown opens the store with these settings


@pytest.mark.parametrize(
    "pasted",
    [
        "sk-test-alice\u200b",
        "\u00a0sk-test-alice\u00a0",
        "sk-test-\u2060alice\n",
        "\ufeffsk-test-alice",
    ],
)
def test_a_key_pasted_with_invisible_spaces_signs_in_to_the_same_account(app_env, pasted):
    first = sign_in(new_app().run(), "sk-test-alice")
    again = sign_in(new_app().run(), pasted)
    assert_clean(again)
    assert KEY_USER in again.session_state, [e.value for e in again.error]
    assert again.session_state[KEY_USER].user_id == first.session_state[KEY_USER].user_id
    assert again.session_state[KEY_API_KEY] == "sk-test-alice"
    assert app_env.state.calls("/models")  # the provider saw a clean key


def test_a_key_with_other_non_ascii_characters_is_refused_with_a_clear_message(app_env):
    at = sign_in(new_app().run(), "sk-tést-alice")
    assert_clean(at)
    shown = " ".join(e.value for e in at.error)
    assert "characters an API key never has" in shown and "U+00E9" in shown
    assert KEY_USER not in at.session_state
    assert not app_env.state.calls("/models")  # refused before anything was sent


def test_a_keyless_provider_is_explained_and_sign_in_refused(app_env):
    app_env.state.accept_any_key = True
    at = sign_in(new_app().run(), "sk-anything")
    assert_clean(at)
    assert "accepts any API key" in " ".join(e.value for e in at.error)
    assert KEY_USER not in at.session_state


def test_with_shared_keys_allowed_the_account_says_it_is_shared(app_env, monkeypatch):
    app_env.state.accept_any_key = True
    monkeypatch.setenv("GPTLAB_ALLOW_SHARED_KEYS", "1")
    at = sign_in(new_app().run(), "ollama")
    assert_clean(at)
    assert KEY_USER in at.session_state
    assert "shares this account" in " ".join(w.value for w in at.sidebar.warning)


def test_sign_in_attempts_are_limited_per_browser_session(app_env):
    at = new_app().run()
    for attempt in range(5):
        at = sign_in(at, f"sk-invalid-{attempt}")
        assert "not accepted" in " ".join(e.value for e in at.error)
    at = sign_in(at, "sk-test-alice")  # even a good key waits: guessing gets nowhere
    assert_clean(at)
    assert "Too many sign-in attempts" in " ".join(e.value for e in at.error)
    assert KEY_USER not in at.session_state
    assert len(app_env.state.calls("/models")) == 5
    other_tab = sign_in(new_app().run(), "sk-test-alice")
    assert KEY_USER in other_tab.session_state
