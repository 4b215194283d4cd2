"""The spend cap as a visitor meets it: set in the sidebar, a warning at 80%, and at 100% a
question before anything is sent (Send anyway sends; Cancel keeps the typed message). A long
chat shows what its next message will cost beside the input."""

from __future__ import annotations

import pytest

from api_users import month_id
from api_util_firebase import get_store
from tests.apptest_helpers import assert_clean, chat_texts, click, labels, new_app, say, sign_in
from tests.apptest_helpers import texts as shown

MAYA = "career-coach-maya"
ASKED = "This month's chats have reached your $5.00 cap. Send anyway?"


def signed_in(key: str = "sk-test-alice"):
    return sign_in(new_app().run(), key)


def set_cap(at, dollars: float, on: bool = True):
    at.toggle(key="account_cap_on").set_value(on)
    at.number_input(key="account_cap_dollars").set_value(dollars)
    return at.button(key="account_cap_save").click().run()


def spent_elsewhere(at, micros: int) -> None:
    """This month's total as another tab or server left it (written straight to the store)."""
    user_id = at.session_state["auth_user"].user_id
    get_store().set(
        f"users/{user_id}/spend/{month_id()}",
        {"month": month_id(), "prompt_tokens": 1_000, "cost_micros": micros},
    )


def open_chat(at):
    at.query_params["assistant_id"] = MAYA
    at = at.switch_page("pages/assistant.py").run()
    return click(at, "Start a new session with Maya")


def chat_requests(llm_server) -> int:
    return len(llm_server.state.requests)


@pytest.mark.usefixtures("app_env")
def test_a_cap_set_in_the_sidebar_is_kept_with_the_account_for_every_tab():
    at = set_cap(signed_in(), 5.0)
    assert_clean(at)
    assert "Monthly cap set to $5.00." in shown(at)
    other_tab = signed_in()
    assert other_tab.toggle(key="account_cap_on").value is True
    assert other_tab.number_input(key="account_cap_dollars").value == 5.0
    assert "0% of your $5.00 monthly cap" in [p.proto.text for p in other_tab.get("progress")]
    at = set_cap(at, 5.0, on=False)
    assert "Monthly cap turned off." in shown(at)
    assert signed_in().toggle(key="account_cap_on").value is False


@pytest.mark.usefixtures("app_env")
def test_the_sidebar_warns_from_80_percent_of_the_cap():
    at = set_cap(signed_in(), 5.0)
    spent_elsewhere(at, 3_900_000)
    at = set_cap(at, 5.0)  # saving reads the total again
    assert not [w for w in at.warning if "of your $5.00 cap" in w.value]
    spent_elsewhere(at, 4_100_000)
    at = set_cap(at, 5.0)
    assert "This month's chats have used 82% of your $5.00 cap." in [w.value for w in at.warning]


@pytest.mark.usefixtures("app_env")
def test_at_the_cap_a_message_asks_first_and_send_anyway_sends_it(app_env):
    at = open_chat(set_cap(signed_in(), 5.0))
    spent_elsewhere(at, 5_000_000)  # another tab spent the rest a moment ago
    before = chat_requests(app_env)
    at = say(at, "is it worth it")
    assert_clean(at)
    assert ASKED in shown(at)
    assert chat_requests(app_env) == before  # nothing was sent to the model
    at = click(at, "Send anyway")
    assert_clean(at)
    assert "You said: is it worth it" in chat_texts(at)
    assert ASKED not in shown(at)


@pytest.mark.usefixtures("app_env")
def test_cancel_at_the_cap_keeps_the_typed_message_unsent(app_env):
    at = open_chat(set_cap(signed_in(), 5.0))
    spent_elsewhere(at, 6_000_000)
    before = chat_requests(app_env)
    at = click(say(at, "my long careful question"), "Cancel")
    assert_clean(at)
    assert ASKED not in shown(at)
    assert at.chat_input[0].value == "my long careful question"
    assert "my long careful question" not in chat_texts(at)
    assert chat_requests(app_env) == before


@pytest.mark.usefixtures("app_env")
def test_under_the_cap_or_with_it_off_nothing_asks():
    at = open_chat(set_cap(signed_in(), 5.0, on=False))
    spent_elsewhere(at, 9_000_000)
    at = say(at, "hello")
    assert "You said: hello" in chat_texts(at)
    assert "Send anyway" not in labels(at)


@pytest.mark.usefixtures("app_env")
def test_starting_a_chat_at_the_cap_asks_too(app_env):
    at = set_cap(signed_in(), 5.0)
    spent_elsewhere(at, 5_000_000)
    before = chat_requests(app_env)
    at = open_chat(at)
    assert ASKED in shown(at)
    assert chat_requests(app_env) == before
    at = click(at, "Send anyway")
    assert "Conclude" in labels(at)  # the chat started


@pytest.mark.usefixtures("app_env")
def test_a_temporary_chat_started_at_the_cap_stays_temporary():
    at = set_cap(signed_in(), 5.0)
    spent_elsewhere(at, 5_000_000)
    at.query_params["assistant_id"] = MAYA
    at = click(at.switch_page("pages/assistant.py").run(), "Start a temporary chat")
    assert ASKED in shown(at)
    at = click(at, "Send anyway")
    assert_clean(at)
    assert at.session_state["assistant_chat"].temporary
    assert get_store().query("sessions") == []  # nothing of it was stored


@pytest.mark.usefixtures("app_env")
def test_a_long_chat_shows_what_its_next_message_will_cost():
    at = open_chat(signed_in())
    long_text = " ".join(["pear"] * 6_000)  # about 6,000 tokens, echoed back by the model
    at = say(at, long_text)
    assert "Long chat" not in shown(at)
    at = say(at, long_text)
    assert_clean(at)
    estimate = [line for line in shown(at).splitlines() if line.startswith("Long chat")]
    assert estimate and "before the reply" in estimate[0]
    tokens = int(estimate[0].split("about ")[1].split(" tokens")[0].replace(",", ""))
    assert 20_000 < tokens < 30_000
    assert "$0.00" in estimate[0]  # gpt-4o-mini reads 24,000 tokens for about $0.0036


@pytest.mark.usefixtures("app_env")
def test_the_labs_test_drive_and_leak_test_ask_at_the_cap_too(app_env):
    at = set_cap(signed_in(), 5.0)
    at = at.switch_page("pages/lab.py").run()
    at.text_area(key="lab_w_initial_prompt").set_value("You are Rae, a running coach.")
    spent_elsewhere(at, 5_000_000)
    before = chat_requests(app_env)
    at = click(at, "Test drive your AI")
    assert ASKED in shown(at) and chat_requests(app_env) == before
    at = click(at, "Send anyway")
    assert "Step 2: Test drive" in shown(at)
    at = click(at, "Run leak test")
    assert ASKED in shown(at)
    at = click(at, "Cancel")
    assert_clean(at)
    assert "Leaked" not in [m.label for m in at.main.metric]  # nothing was run
    at = click(click(at, "Run leak test"), "Send anyway")
    assert "Leaked" in [m.label for m in at.main.metric]


@pytest.mark.usefixtures("app_env")
def test_an_edit_at_the_cap_asks_first_and_cancel_keeps_the_edit_open(app_env):
    at = say(open_chat(set_cap(signed_in(), 5.0)), "first try")
    spent_elsewhere(at, 5_000_000)
    before = chat_requests(app_env)
    at = at.button(key="assistant_chat_panel_input_edit_1").click().run()
    at.text_area(key="assistant_chat_panel_edit_text").set_value("second try")
    at = click(at, "Send edit")
    assert_clean(at)
    assert ASKED in shown(at)
    assert chat_requests(app_env) == before
    at = at.button(key="spend_cap_cancel").click().run()  # the dialog's, not the edit's
    assert at.text_area(key="assistant_chat_panel_edit_text").value == "second try"
    at = click(at, "Send edit")
    at = click(at, "Send anyway")
    assert_clean(at)
    assert chat_texts(at)[-2:] == ["second try", "You said: second try"]
