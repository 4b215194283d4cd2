"""The creator's side in the running app (AppTest): My AI Assistants cards and dialogs, editing
in the Lab with versions, test chats and replay, conversation starters, private links."""

from __future__ import annotations

from dataclasses import replace

import pytest

from api_bots import (
    VISIBILITY_PRIVATE,
    card_json,
    create_bot,
    export_card,
    get_bot,
    get_bot_config,
    get_bots,
    stored_bot,
)
from api_util_firebase import get_store
from api_util_openai import ModelConfig
from bots.draft import BotDraft
from bots.lifecycle import set_visibility
from bots.versions import draft_of, list_versions, save_changes
from sessions.test_chats import list_test_chats
from tests.apptest_helpers import (
    assert_clean,
    button,
    captions,
    chat_texts,
    click,
    labels,
    new_app,
    open_lounge_tab,
    open_page,
    say,
    sign_in,
    texts,
)
from ui.text import plain

PROMPT = 'You are Rae, a running coach. End every reply with "(v1)".'


def make_rae(user_id: str, **changes) -> str:
    draft = BotDraft(
        name="Rae",
        tag_line="Running Coach",
        description="Runs with you.",
        initial_prompt=PROMPT,
        model_config=ModelConfig("gpt-4o-mini"),
    )
    if get_store().get_or_none(f"users/{user_id}") is None:
        get_store().set(f"users/{user_id}", {"bots_created": 0})
    return create_bot(get_store(), user_id, replace(draft, **changes))


def my_assistants(key: str = "sk-test-alice"):
    at = open_lounge_tab(sign_in(new_app().run(), key), "My AI Assistants")
    return at, at.session_state["auth_user"]


def lounge_with_rae():
    """Signed in on the Lounge, with one assistant of one's own."""
    at, user = my_assistants()
    code = make_rae(user.user_id)
    return at.run(), user, code


@pytest.mark.usefixtures("app_env")
def test_a_card_shows_code_visibility_counters_and_the_creator_buttons():
    at, user, code = lounge_with_rae()
    assert_clean(at)
    assert code in [c.value for c in at.code]
    for label in ("Edit", "Versions", "Stats", "Archive", "Delete", "Import an assistant"):
        assert label in labels(at)
    assert [b.label for b in at.get("download_button")] == ["Export"]
    assert "Version 1 · 0 sessions started · 0 concluded · 👍 0 · 👎 0" in texts(at)
    assert at.selectbox(key=f"lounge_visibility_{code}").value == "Unlisted"


@pytest.mark.usefixtures("app_env")
def test_visibility_and_showcase_request_from_the_card():
    at, user, code = lounge_with_rae()
    at = click(at, "Request showcase")
    assert "Showcase requested for Rae" in texts(at)
    assert stored_bot(get_store(), code)["showcase_requested"] is True
    at.selectbox(key=f"lounge_visibility_{code}").set_value("Private").run()
    assert_clean(at)
    assert get_bot(get_store(), code, user.user_id).visibility == VISIBILITY_PRIVATE
    assert "Rae is Private now." in texts(at)
    assert "Request showcase" not in labels(at)


@pytest.mark.usefixtures("app_env")
def test_archive_lists_apart_and_unarchive_brings_back():
    at, user, _ = lounge_with_rae()
    at = click(at, "Archive")
    assert_clean(at)
    assert "Archived (1)" in [e.label for e in at.expander]
    assert "Unarchive" in labels(at) and "Chat with Rae" not in labels(at)
    at = click(at, "Unarchive")
    assert "Chat with Rae" in labels(at)


@pytest.mark.usefixtures("app_env")
def test_delete_asks_naming_the_assistant_then_removes_it():
    at, user, code = lounge_with_rae()
    at = click(at, "Delete")
    assert "Delete Rae" in labels(at)
    assert get_store().get_or_none(f"bots/{code}") is not None  # nothing yet
    at = click(at, "Delete Rae")
    assert_clean(at)
    assert get_store().get_or_none(f"bots/{code}") is None
    assert "Rae was deleted, with all its versions." in texts(at)


@pytest.mark.usefixtures("app_env")
def test_versions_dialog_shows_a_plain_word_diff_and_restores():
    at, user = my_assistants()
    code = make_rae(user.user_id)
    draft = replace(draft_of(get_bot_config(get_store(), code)), initial_prompt=PROMPT + " **Go**")
    save_changes(get_store(), user.user_id, code, 1, draft, note="push harder")
    at.run()
    at = click(at, "Versions")
    assert_clean(at)
    shown = texts(at)
    assert plain("Version 2 (active)") in shown and "push harder" in shown
    at.selectbox(key="versions_pick").set_value("Version 1").run()
    assert any(c.value.endswith('"(v1)".{+ **Go**+}') for c in at.code)  # plain text
    at = click(at, "Restore this version")
    assert_clean(at)
    assert "Version 1 is active again, as version 3." in texts(at)
    assert get_bot_config(get_store(), code).initial_prompt == PROMPT


@pytest.mark.usefixtures("app_env")
def test_stats_dialog_shows_counters_and_the_30_day_chart():
    at, user, _ = lounge_with_rae()
    at = click(at, "Stats")
    assert_clean(at)
    shown = [m.label for m in at.metric if m.label != "Chats this month (estimate)"]
    assert shown[:2] == ["Sessions started", "Conclusion rate"]
    assert "Sessions per day, last 30 days (UTC)" in texts(at)


@pytest.mark.usefixtures("app_env")
def test_edit_opens_the_lab_and_save_makes_a_new_version_with_the_same_code():
    at, user, code = lounge_with_rae()
    at = click(at, "Edit")
    assert_clean(at)
    assert at.query_params["edit"] == code
    assert "Editing Rae" in texts(at)
    at = open_page(at, "pages/lab.py")  # AppTest stays on the page a switch came from
    assert at.text_area(key="lab_w_initial_prompt").value == PROMPT
    at.text_area(key="lab_w_initial_prompt").set_value(PROMPT.replace("v1", "v2"))
    at = click(at, "Skip the test drive")
    at.text_area(key="lab_w_starters").set_value("How far today?\nPlan my week")
    at.text_input(key="lab_w_note").set_value("new sign-off")
    at = click(at, "Save changes")
    assert_clean(at)
    assert "Saved as version 2." in texts(at)
    config = get_bot_config(get_store(), code)
    assert config.initial_prompt.endswith('"(v2)".') and config.profile.starters == (
        "How far today?",
        "Plan my week",
    )
    assert list_versions(get_store(), user.user_id, code)[0].note == "new sign-off"
    # Saving again with nothing changed says so instead of making a version.
    at = click(at, "Keep editing")
    at = click(at, "Skip the test drive")
    at = click(at, "Save changes")
    assert "Nothing changed since version 2" in texts(at)


@pytest.mark.usefixtures("app_env")
def test_a_second_tab_saving_first_is_reported_and_the_edit_is_kept():
    at, user = my_assistants()
    code = make_rae(user.user_id)
    at = open_page(at, "pages/lab.py")
    at.query_params["edit"] = code
    at.run()
    at.text_area(key="lab_w_initial_prompt").set_value(PROMPT + " Mine.")
    draft = replace(draft_of(get_bot_config(get_store(), code)), description="Other tab")
    save_changes(get_store(), user.user_id, code, 1, draft)
    at = click(at, "Skip the test drive")
    at = click(at, "Save changes")
    assert "changed in another tab or window (it is at version 2 now)" in texts(at)
    assert at.session_state["lab_draft"]["initial_prompt"] == PROMPT + " Mine."


@pytest.mark.usefixtures("app_env")
def test_someone_elses_assistant_cannot_be_opened_for_editing():
    code = make_rae("somebody-else")
    at = sign_in(new_app().run())
    at = open_page(at, "pages/lab.py")
    at.query_params["edit"] = code
    at.run()
    assert_clean(at)
    assert "Only the creator of this AI assistant" in texts(at)
    assert "Editing Rae" not in texts(at) and PROMPT not in texts(at)


@pytest.mark.usefixtures("app_env")
def test_a_test_drive_saved_as_test_chat_replays_against_version_and_draft():
    at, user = my_assistants()
    code = make_rae(user.user_id)
    at = open_page(at, "pages/lab.py")
    at.query_params["edit"] = code
    at.run()
    at = click(at, "Test drive your AI")
    at = say(at, "How do I start running?")
    at = click(at, "Save as test chat")
    assert_clean(at)
    assert list_test_chats(get_store(), user, code)[0].messages == ("How do I start running?",)
    at = click(at, "Back to Step 1")
    at.text_area(key="lab_w_initial_prompt").set_value(PROMPT.replace("(v1)", "(draft)"))
    at = click(at, "Replay test chats")
    assert_clean(at)
    shown = texts(at)
    assert "You said: How do I start running? (v1)" in shown
    assert "You said: How do I start running? (draft)" in shown
    assert get_bot_config(get_store(), code).initial_prompt == PROMPT  # nothing saved


@pytest.mark.usefixtures("app_env")
def test_conversation_starters_show_under_the_greeting_and_send_on_click():
    at, user = my_assistants()
    code = make_rae(user.user_id, starters=("How far today?", "Plan my **week**"))
    at.query_params["assistant_id"] = code
    at = open_page(at, "pages/assistant.py")
    at = click(at, "Start a new session with Rae")
    assert plain("Plan my **week**") in labels(at)  # shown as written, not as markdown
    at = click(at, plain("How far today?"))
    assert_clean(at)
    assert chat_texts(at)[-1].startswith("You said: How far today?")
    assert plain("Plan my **week**") not in labels(at)  # only before the first message


@pytest.mark.usefixtures("app_env")
def test_a_private_assistants_link_says_private_and_nothing_more():
    code = make_rae("somebody-else")
    set_visibility(get_store(), "somebody-else", code, VISIBILITY_PRIVATE)
    at = sign_in(new_app().run())
    at.query_params["assistant_id"] = code
    at = open_page(at, "pages/assistant.py")
    assert_clean(at)
    assert "This AI assistant is private." in texts(at)
    assert "Rae" not in texts(at) and "Runs with you." not in texts(at)
    assert button(at, "Find")


@pytest.mark.usefixtures("app_env")
def test_stop_editing_asks_first_and_brings_back_the_new_draft_kept_before():
    at, user, code = lounge_with_rae()
    at = open_page(at, "pages/lab.py")
    at.text_area(key="lab_w_initial_prompt").set_value("My unfinished new assistant.").run()
    at = open_page(click(open_lounge_tab(at, "My AI Assistants"), "Edit"), "pages/lab.py")
    assert at.text_area(key="lab_w_initial_prompt").value == PROMPT
    at.text_area(key="lab_w_initial_prompt").set_value(PROMPT + " Changed.").run()
    at = click(at, "Stop editing")
    assert "Changes you have not saved are lost" in texts(at)
    at = click(at, "Cancel")
    assert at.text_area(key="lab_w_initial_prompt").value == PROMPT + " Changed."
    at = click(at, "Stop editing").button(key="lab_stop_editing_confirm").click().run()
    assert_clean(at)
    assert "Editing Rae" not in texts(at)
    assert at.text_area(key="lab_w_initial_prompt").value == "My unfinished new assistant."
    assert get_bot_config(get_store(), code).initial_prompt == PROMPT  # nothing saved


TRACKER = "![seen](http://127.0.0.1:9/t.png)"  # each change is at most 40 characters
LINK = "[prompt](http://127.0.0.1:9/p)"


@pytest.mark.usefixtures("app_env")
def test_an_imported_card_says_its_code_and_renumbering_and_shows_changes_as_plain_text():
    someone = make_rae("someone")
    draft = replace(draft_of(get_bot_config(get_store(), someone)), initial_prompt=PROMPT + " Go.")
    save_changes(get_store(), "someone", someone, 1, draft, note="faster")
    card = export_card(get_store(), "someone", someone)
    for version, number in zip(card["versions"], (4, 7), strict=True):
        version["number"] = number
    card["active_version"] = 7
    card["versions"][1]["changed"] = [TRACKER, LINK]
    at, user = my_assistants()
    at = click(at, "Import an assistant")
    at.file_uploader(key="import_file").set_value(
        ("rae.json", card_json(card).encode(), "application/json")
    )
    at = click(at.run(), "Import")
    assert_clean(at)
    [success] = [s.value for s in at.success]
    [code] = [bot.bot_id for bot in get_bots(get_store(), creator=user.user_id)]
    assert success == (
        f"Imported as a new assistant with the code {code}. Its versions are numbered 1 to 2 "
        "here, in the card's order (the card numbered them 4, 7); their notes keep the card's "
        "wording."
    )
    at = click(at.run(), "Versions")
    assert_clean(at)
    [latest] = [c for c in captions(at) if "changed:" in c and "first version" not in c]
    assert f"changed: {plain(TRACKER)}, {plain(LINK)} ·" in latest  # no image, no link
    assert TRACKER not in latest and LINK not in latest
