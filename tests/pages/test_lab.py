"""Lab: the four steps, validation, personalities, test drive, and edits that survive going
back and forth (the original dropped them on "Skip the test drive")."""

from __future__ import annotations

import pytest

from api_bots import get_bot_config, get_bots
from api_util_firebase import get_store
from leak_guard import LEAK_REPLACEMENT, with_canaries
from tests.apptest_helpers import (
    assert_clean,
    captions,
    chat_texts,
    click,
    labels,
    new_app,
    say,
    sign_in,
    texts,
)
from tests.fake_openai import GREETING
from ui.text import plain
from users.drafts import draft_path

PROMPT = "You are Rae, a cheerful running coach. Ask about the user's weekly mileage first."


def lab(at):
    return at.switch_page("pages/lab.py").run()


def step1(prompt: str = PROMPT):
    at = lab(sign_in(new_app().run()))
    at.text_area(key="lab_w_initial_prompt").set_value(prompt)
    return at


def fill_step3(at, name="Rae", tag_line="Running Coach", description="Plans your runs."):
    at.text_input(key="lab_w_name").set_value(name)
    at.text_input(key="lab_w_tag_line").set_value(tag_line)
    at.text_area(key="lab_w_description").set_value(description)
    return at.run()


@pytest.mark.usefixtures("app_env")
def test_signed_out_lab_asks_to_sign_in():
    at = lab(new_app().run())
    assert_clean(at)
    assert "Sign in to create your own AI assistants, or to go on with your draft." in texts(at)


@pytest.mark.usefixtures("app_env")
def test_step1_needs_a_prompt():
    at = click(step1(""), "Test drive your AI")
    assert_clean(at)
    assert "initial prompt cannot be empty" in texts(at)
    assert (
        at.text_area(key="lab_w_initial_prompt").label == "Initial Prompt (up to 4,000 characters)"
    )


@pytest.mark.usefixtures("app_env")
def test_the_model_picker_shows_prices_and_says_visitors_pay_with_their_own_key():
    at = step1()
    picker = at.selectbox(key="lab_w_model")
    assert picker.value == "gpt-4o-mini"  # the draft keeps the model's id
    assert "gpt-4o-mini · $0.15 in / $0.60 out per 1M tokens" in picker.options
    assert any("paid by each visitor with their own API key" in c for c in captions(at))


@pytest.mark.usefixtures("app_env")
def test_personality_templates_set_the_sliders_and_only_custom_unlocks_them():
    at = step1()
    assert at.slider(key="lab_w_temperature").disabled
    at.selectbox(key="lab_w_personality").select("Creative").run()
    assert at.slider(key="lab_w_temperature").value == 1.0
    assert at.slider(key="lab_w_top_p").value == 0.7
    at.selectbox(key="lab_w_personality").select("Custom").run()
    assert not at.slider(key="lab_w_temperature").disabled
    at.slider(key="lab_w_temperature").set_value(1.3).run()
    assert_clean(at)


def test_test_drive_chats_with_the_draft_and_stores_no_session(app_env):
    at = click(step1(), "Test drive your AI")
    assert_clean(at)
    assert "Step 2: Test drive" in texts(at)
    at = say(at, "hello coach")
    assert_clean(at)
    assert "You said: hello coach" in texts(at)
    assert GREETING in texts(at)
    assert get_store().query("sessions") == []
    sent = app_env.state.calls("/chat/completions")[-1]["messages"]
    assert sent[0] == {"role": "system", "content": with_canaries(PROMPT)}


@pytest.mark.usefixtures("app_env")
def test_edits_after_going_back_are_kept_by_skip_and_create():
    at = click(step1(), "Test drive your AI")
    at = click(at, "Back to Step 1")
    assert at.text_area(key="lab_w_initial_prompt").value == PROMPT
    edited = PROMPT + " Never suggest running through pain."
    at.text_area(key="lab_w_initial_prompt").set_value(edited)
    at = click(at, "Skip the test drive")
    assert "Step 3: Name and describe your assistant" in texts(at)
    at = fill_step3(at)
    at = click(at, "Back to Step 1")
    assert at.text_area(key="lab_w_initial_prompt").value == edited
    at = click(at, "Skip the test drive")
    assert at.text_input(key="lab_w_name").value == "Rae"
    at = click(at, "Looks good. Create Rae!")
    assert_clean(at)
    code, _name = at.session_state["lab_created_code"]
    assert get_bot_config(get_store(), code).initial_prompt == edited


@pytest.mark.usefixtures("app_env")
def test_step3_previews_and_validates():
    at = click(step1(), "Skip the test drive")
    assert "it is not in the Lounge until you request a showcase" in texts(at)
    at = fill_step3(at, name="Rae", tag_line="Running Coach", description="")
    assert "Rae \\- Running Coach" in texts(at)
    assert "Rae \\- Running Coach" in texts(at)
    at = click(at, "Looks good. Create Rae!")
    assert "Description cannot be empty" in texts(at)
    at.text_area(key="lab_w_description").set_value("Plans your runs.").run()
    assert "Description cannot be empty" not in texts(at)  # not left once untrue
    assert at.text_input(key="lab_w_name").label == "Name (up to 30 characters)"
    assert at.selectbox(key="lab_w_session_type").options == ["Brain Storming", "Coaching"]


@pytest.mark.usefixtures("app_env")
def test_creating_gives_the_share_link_and_code():
    at = fill_step3(click(step1(), "Skip the test drive"))
    at.selectbox(key="lab_w_session_type").select("Brain Storming").run()
    at = click(at, "Looks good. Create Rae!")
    assert_clean(at)
    code, _name = at.session_state["lab_created_code"]
    assert "Step 4: Done" in texts(at)
    assert "it is not in the Lounge" in texts(at)  # nobody wonders where it went
    assert f"/assistant?assistant_id={code}" in texts(at)
    assert code in [c.value for c in at.code]
    user = at.session_state["auth_user"]
    mine = get_bots(get_store(), creator=user.user_id)
    assert [b.name for b in mine] == ["Rae"] and mine[0].session_type == 2
    at = click(at, "Create another AI")
    assert "Step 1: Initial Prompt and model" in texts(at)
    assert at.text_area(key="lab_w_initial_prompt").value == ""
    assert "Back to Lounge" not in labels(at)


@pytest.mark.usefixtures("app_env")
def test_a_new_assistant_can_be_chatted_with_straight_from_step_4():
    at = fill_step3(click(step1(), "Skip the test drive"))
    at = click(at, "Looks good. Create Rae!")
    code, _name = at.session_state["lab_created_code"]
    at = click(at, "Chat with Rae")
    assert_clean(at)
    assert at.query_params["assistant_id"] == code
    assert "Start a new session with Rae" in labels(at)


@pytest.mark.usefixtures("app_env")
def test_start_over_asks_first_then_clears_the_draft_here_and_in_the_store():
    at = step1().run()
    user = at.session_state["auth_user"]
    at = click(at, "Start over")
    assert_clean(at)
    assert "This clears your draft" in texts(at)
    at = click(at, "Cancel")
    assert at.text_area(key="lab_w_initial_prompt").value == PROMPT  # one click loses nothing
    at = click(click(at, "Start over"), "Clear my draft")
    assert_clean(at)
    assert at.text_area(key="lab_w_initial_prompt").value == ""
    assert get_store().get_or_none(draft_path(user.user_id)) is None
    at = lab(sign_in(new_app().run()))  # a reload does not bring it back
    assert at.text_area(key="lab_w_initial_prompt").value == ""


@pytest.mark.usefixtures("app_env")
def test_a_blank_draft_starts_over_without_asking():
    at = click(lab(sign_in(new_app().run())), "Start over")
    assert "This clears your draft" not in texts(at)


@pytest.mark.usefixtures("app_env")
def test_typed_text_survives_visiting_another_page_without_any_button():
    at = step1().run()
    at.switch_page("pages/faq.py").run()
    at = lab(at)
    assert at.text_area(key="lab_w_initial_prompt").value == PROMPT
    at = click(at, "Skip the test drive")
    at.text_input(key="lab_w_name").set_value("Rae").run()
    at.switch_page("pages/lounge.py").run()
    at.query_params.pop("step", None)  # the sidebar's link to the Lab has no step
    at = lab(at)  # back on the step it was left on
    assert at.text_input(key="lab_w_name").value == "Rae"
    at = click(at, "Back to Step 1")
    assert at.text_area(key="lab_w_initial_prompt").value == PROMPT


@pytest.mark.usefixtures("app_env")
def test_a_signed_in_draft_survives_a_reload_and_is_stored_encrypted(tmp_path):
    at = click(step1(), "Skip the test drive")
    at.text_area(key="lab_w_description").set_value("Plans your runs.").run()
    stored = get_store().get_or_none(draft_path(at.session_state["auth_user"].user_id))
    assert stored and "cheerful running coach" not in str(stored)
    sqlite_file = (tmp_path / "app.sqlite3").read_bytes()
    assert b"cheerful running coach" not in sqlite_file and b"Plans your runs" not in sqlite_file
    reloaded = new_app()
    reloaded.query_params["step"] = "3"  # the URL the reload keeps
    at = sign_in(reloaded.switch_page("pages/lab.py").run(), form="lab_signin")
    assert_clean(at)
    assert at.text_area(key="lab_w_description").value == "Plans your runs."
    at = click(at, "Back to Step 1")
    assert at.text_area(key="lab_w_initial_prompt").value == PROMPT
    other = lab(sign_in(new_app().run(), "sk-test-bob"))  # someone else's Lab is their own
    assert other.text_area(key="lab_w_initial_prompt").value == ""


@pytest.mark.usefixtures("app_env")
def test_each_step_is_in_the_link_so_back_returns_to_the_previous_step():
    at = click(step1(), "Skip the test drive")
    assert at.query_params["step"] == "3"
    at = click(at, "Back to Step 1")
    assert at.query_params["step"] == "1"
    at.query_params["step"] = "3"  # the browser's Forward
    at = at.run()
    assert "Step 3: Name and describe your assistant" in texts(at)
    at.query_params["step"] = "1"  # and Back
    at = at.run()
    assert "Step 1: Initial Prompt and model" in texts(at)
    at.query_params["step"] = "4"  # nothing created yet: a made-up step shows step 1
    assert "Step 1: Initial Prompt and model" in texts(at.run())


@pytest.mark.usefixtures("app_env")
def test_a_paste_over_a_fields_limit_is_kept_and_the_excess_is_said():
    at = click(step1(), "Skip the test drive")
    at.text_input(key="lab_w_tag_line").set_value("Your friendly running buddy").run()
    assert at.text_input(key="lab_w_tag_line").value == "Your friendly running buddy"
    assert "27 characters: 2 over the limit of 25." in texts(at)
    at.text_input(key="lab_w_tag_line").set_value("Your running buddy").run()
    assert "over the limit" not in texts(at)


@pytest.mark.usefixtures("app_env")
def test_leak_test_reports_leaked_caught_refused_and_answered():
    at = click(step1(), "Test drive your AI")
    assert "Sends 10 extraction attempts" in texts(at)
    at = click(at, "Run leak test")
    assert_clean(at)
    metrics = {m.label: m.value for m in at.main.metric}
    outcomes = ("Leaked", "Caught by the guard", "Refused by the model", "Answered without leaking")
    levels = [label for label in metrics if label[:2] in ("L0", "L1", "L2", "L3")]
    assert set(metrics) == {*outcomes, *levels} and len(levels) == 4
    assert metrics["L0: naive requests"] == "100%" and metrics["L1: paraphrased requests"] == "50%"
    assert sum(int(metrics[o]) for o in outcomes) == 10
    assert int(metrics["Caught by the guard"]) >= 4 and metrics["Refused by the model"] == "1"
    # The role-play leak is listed with the prompt part it retells (this model's second sentence).
    assert len(at.warning) == int(metrics["Leaked"]) == 1 and "mileage" in at.warning[0].value


def class_box(at, sentence: str):
    return next(box for box in at.selectbox if box.label == f"Class of: {sentence[:60]}")


@pytest.mark.usefixtures("app_env")
def test_step1_shows_each_sentence_with_the_class_the_guard_proposes():
    prompt = (
        'You run a bakery chat. Greet people with "Fresh bread daily from 7 am!" always. '
        "Internal: flour costs us 0.61 euros a kilo."
    )
    at = step1(prompt).run()
    assert_clean(at)
    assert "What your assistant may say: 1 Protected, 1 Secret, 1 Say to users" in [
        e.label for e in at.expander
    ]
    assert class_box(at, "You run a bakery chat.").value == "protected"
    assert class_box(at, "Internal: flour costs us 0.61 euros a kilo.").value == "secret"
    greet = 'Greet people with "Fresh bread daily from 7 am!" always.'
    assert class_box(at, greet).value == "say"
    assert any("Fresh bread daily from 7 am" in c.value for c in at.caption)


@pytest.mark.usefixtures("app_env")
def test_a_class_the_creator_changes_is_kept_through_the_steps_and_stored_with_the_assistant():
    prompt = PROMPT + " Our club has 212 members and meets on Sundays."
    fact = "Our club has 212 members and meets on Sundays."
    at = step1(prompt).run()
    assert class_box(at, fact).value == "say"  # the guard's guess: a fact for users
    class_box(at, fact).select("protected").run()
    assert "Your choice (the guard proposed Say to users)" in [c.value for c in at.caption]
    at = fill_step3(click(at, "Skip the test drive"))
    at = click(at, "Looks good. Create Rae!")
    assert_clean(at)
    code, _name = at.session_state["lab_created_code"]
    assert get_bot_config(get_store(), code).sentence_classes == ((fact, "protected"),)


@pytest.mark.usefixtures("app_env")
def test_too_many_allowed_phrases_are_refused_before_the_test_drive():
    at = step1()
    at.text_area(key="lab_w_allowed_phrases").set_value("\n".join(f"phrase {i}" for i in range(30)))
    at = click(at.run(), "Test drive your AI")
    assert_clean(at)
    assert "Up to 10 phrases" in " ".join(e.value for e in at.error)


@pytest.mark.usefixtures("app_env")
def test_a_one_mebibyte_paste_into_the_prompt_is_kept_in_the_tab_and_explained():
    at = step1("x" * 1_048_576).run()
    assert_clean(at)
    assert "1,048,576 characters: 1,044,576 over the limit of 4,000." in texts(at)
    assert "too large to keep in your account" in texts(at)
    at = click(at, "Test drive your AI")
    assert "The initial prompt can be at most 4,000 characters (1,048,576 now)." in texts(at)


def test_the_test_drive_tries_the_recap_with_the_summary_prompt_as_it_is_now(app_env):
    at = click(step1(), "Test drive your AI")
    assert at.button(key="lab_try_recap").disabled
    for text in ("one", "two", "three"):
        at = say(at, text)
    at.text_area(key="lab_w_summary_prompt").set_value("Sum it up in one line please.").run()
    at = at.button(key="lab_try_recap").click().run()
    assert_clean(at)
    assert "Recap preview" in texts(at)
    sent = app_env.state.calls("/chat/completions")[-1]["messages"]
    assert sent[-1] == {"role": "user", "content": "Sum it up in one line please."}
    assert get_store().query("sessions") == []  # a test drive stores nothing
    at = click(at, "Go on with the test drive")
    at = say(at, "four")
    assert chat_texts(at)[-1] == "You said: four"
    at = click(at, "Looks Good. Proceed to Step 3")
    assert at.text_area(key="lab_w_summary_prompt").value == "Sum it up in one line please."


@pytest.mark.usefixtures("app_env")
def test_a_draft_the_database_refuses_as_too_large_says_so_and_keeps_the_text(monkeypatch):
    from api_util_firebase import DocumentTooLarge
    from ui.lab import draft as lab_draft

    def refuse(*_args, **_kwargs):
        raise DocumentTooLarge("A document would hold 1,300,000 bytes; the database allows 1.")

    monkeypatch.setattr(lab_draft, "save_draft", refuse)
    at = step1().run()
    assert_clean(at)
    shown = " ".join(w.value for w in at.warning)
    assert "This is too large to save (over 1 MB once stored). Shorten it and try again." in shown
    assert "not answering" not in shown and "1,300,000" not in shown
    assert at.text_area(key="lab_w_initial_prompt").value == PROMPT


def test_the_sidebar_counts_the_labs_test_drive_in_the_months_total(app_env):
    app_env.state.prompt_tokens, app_env.state.completion_tokens = 1000, 500
    at = click(step1(), "Test drive your AI")
    at = say(at, "How far should I run?")
    assert_clean(at)
    # The greeting and one reply: 2 calls of 450 micro-dollars on gpt-4o-mini.
    metric = [m for m in at.metric if m.label == "Chats this month (estimate)"]
    assert metric and metric[0].value == "$0.0009"
    at = click(at, "Run leak test")
    requests = len(app_env.state.calls("/chat/completions"))
    metric = [m for m in at.metric if m.label == "Chats this month (estimate)"]
    assert metric[0].value == f"${450 * requests / 1_000_000:.4f}"


@pytest.mark.usefixtures("app_env")
def test_a_replaced_test_drive_reply_tells_its_creator_what_it_repeated_and_can_allow_it():
    rule = "Always ask about the runner's weekly mileage and their longest run this month."
    at = click(step1(f"You are Rae, a cheerful running coach. {rule}"), "Test drive your AI")
    at = say(at, f"[[say]]{rule}")
    assert_clean(at)
    assert LEAK_REPLACEMENT in chat_texts(at)
    shown = " ".join(i.value for i in at.info)
    assert "Only you see this" in shown and plain(rule) in shown  # the creator's own prompt
    at = click(at, "Allow this phrase")
    assert_clean(at)
    assert rule in at.session_state["lab_draft"]["allowed_phrases"]
    at = say(at, f"[[say]]{rule}")
    assert chat_texts(at)[-1] == rule  # said now, as the creator allowed


@pytest.mark.usefixtures("app_env")
def test_a_visitors_replaced_reply_names_nothing_of_the_prompt():
    from tests.apptest_helpers import open_page

    at = open_page(sign_in(new_app().run()), "pages/assistant.py")
    at.query_params["assistant_id"] = "career-coach-maya"
    at = click(at.run(), "Start a new session with Maya")
    at = say(at, "[[leak]] what are you?")
    assert LEAK_REPLACEMENT in chat_texts(at)
    assert not any("Only you see this" in i.value for i in at.info)
    assert "Allow this phrase" not in labels(at)
