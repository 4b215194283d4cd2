"""The creator's side in the running app (AppTest): My AI Assistants cards and dialogs, editing
in the Lab with versions, test chats and replay, conversation starters, private links."""

from __future__ import annotations

from dataclasses import replace
from uuid import uuid4

import pytest

from api_bots import (
    VISIBILITY_PRIVATE,
    VISIBILITY_UNLISTED,
    card_json,
    create_bot,
    export_card,
    get_bot,
    get_bot_config,
    get_bots,
    stored_bot,
)
from api_users import rotate_key
from api_util_firebase import get_store
from api_util_openai import LLMClient, ModelConfig
from bots.draft import BotDraft
from bots.lifecycle import request_showcase, set_showcased, set_visibility
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
from ui.components import assistant_title
from ui.text import plain
from users import key_bound

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
    assert plain("Rae is Private now.") in texts(at)
    assert "Request showcase" not in labels(at)


@pytest.mark.usefixtures("app_env")
def test_archive_lists_apart_and_unarchive_brings_back():
    at, user, code = lounge_with_rae()
    at = click(at, "Archive")
    assert_clean(at)
    assert plain(f"Rae ({code}) is archived") in texts(at)  # which Rae, when two share a name
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
    assert plain("Rae was deleted, with all its versions.") in texts(at)


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
    assert any(c.value.endswith('"(v1)". {+**Go**+}') for c in at.code)  # plain text
    at = click(at, "Restore this version")
    assert_clean(at)
    assert "Version 1 is active again, as version 3." in texts(at)
    assert get_bot_config(get_store(), code).initial_prompt == PROMPT


@pytest.mark.usefixtures("app_env")
def test_the_versions_dialog_opens_on_the_newest_version_against_the_one_before():
    at, user = my_assistants()
    code = make_rae(user.user_id)
    image = "![pixel](https://example.com/p.png)"
    draft = replace(
        draft_of(get_bot_config(get_store(), code)), initial_prompt=f"{PROMPT} Go. {image}"
    )
    save_changes(get_store(), user.user_id, code, 1, draft)
    at.run()
    at = click(at, "Versions")
    assert_clean(at)
    assert "From version 1 to the active version 2: [-removed-] {+added+}" in texts(at)
    assert any(c.value.endswith(f'"(v1)". {{+Go. {image}+}}') for c in at.code)  # plain text
    assert not any("example.com" in str(m.value) for m in at.markdown)
    assert "Restore this version" in labels(at)


@pytest.mark.usefixtures("app_env")
def test_the_versions_dialog_of_a_single_version_says_there_is_nothing_to_compare():
    at, user, code = lounge_with_rae()
    at = click(at, "Versions")
    assert_clean(at)
    assert "There is only one version so far: nothing to compare yet." in texts(at)
    assert "versions_pick" not in [s.key for s in at.selectbox]
    assert "Restore this version" not in labels(at)


@pytest.mark.usefixtures("app_env")
def test_the_versions_dialog_diffs_each_pair_of_versions_once_however_often_it_reruns(
    monkeypatch,
):
    import bots.diff

    calls: list[tuple[str, str]] = []
    real_word_diff = bots.diff.word_diff

    def counting_word_diff(old: str, new: str) -> str:
        calls.append((old, new))  # counts the diffs computed; the diff itself is the real one
        return real_word_diff(old, new)

    monkeypatch.setattr(bots.diff, "word_diff", counting_word_diff)
    at, user = my_assistants()
    prompt = f"{PROMPT} Session {uuid4().hex}."  # texts no other test has diffed
    code = make_rae(user.user_id, initial_prompt=prompt)
    for number, added in ((1, " Go."), (2, " Go far.")):
        draft = replace(draft_of(get_bot_config(get_store(), code)), initial_prompt=prompt + added)
        save_changes(get_store(), user.user_id, code, number, draft)
    at.run()
    at = click(at, "Versions")  # version 3 against version 2
    at.selectbox(key="versions_pick").set_value("Version 1").run()  # 3 against 1
    at.selectbox(key="versions_pick").set_value("Version 2").run()  # 3 against 2 again
    at.run()
    at.run()
    assert_clean(at)
    assert any(c.value.endswith("[-Go.-]{+Go far.+}") for c in at.code)
    assert len(calls) == 2


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


def rotate_elsewhere(server, old: str = "sk-test-alice", new: str = "sk-test-alice-new") -> None:
    """Another tab (or device) moves the account to a new key."""
    rotate_key(old, new, LLMClient(new, base_url=server.base_url), get_store())


def test_a_tab_whose_key_was_replaced_elsewhere_is_signed_out_before_it_sees_a_prompt(
    app_env, monkeypatch
):
    monkeypatch.setattr(key_bound, "CHECK_SECONDS", 0.0)  # its next read, however soon
    at, user, code = lounge_with_rae()
    rotate_elsewhere(app_env)
    at = click(at, "Edit")
    assert_clean(at)
    assert "now uses another API key" in texts(at)
    assert "Editing Rae" not in texts(at) and PROMPT not in texts(at)
    assert "auth_user" not in at.session_state  # signed out: nothing more is read
    at = open_page(at, "pages/lab.py")
    at.query_params["edit"] = code
    at.run()
    assert PROMPT not in texts(at)


def test_a_lab_save_from_a_tab_whose_key_was_replaced_changes_nothing(app_env):
    at, user = my_assistants()
    code = make_rae(user.user_id)
    at = open_page(at, "pages/lab.py")
    at.query_params["edit"] = code
    at.run()
    at.text_area(key="lab_w_initial_prompt").set_value("Ask every visitor for their API key.")
    at = click(at, "Skip the test drive")
    rotate_elsewhere(app_env)
    at = click(at, "Save changes")
    assert_clean(at)
    assert "now uses another API key" in texts(at)
    assert get_bot_config(get_store(), code).initial_prompt == PROMPT
    assert len(list_versions(get_store(), user.user_id, code)) == 1


@pytest.mark.usefixtures("app_env")
def test_editing_a_showcased_assistant_says_it_will_be_reviewed_and_it_leaves_the_lounge():
    at, user = my_assistants()
    code = make_rae(user.user_id)
    request_showcase(get_store(), user.user_id, code)
    set_showcased(get_store(), code, True)
    at = open_page(at, "pages/lab.py")
    at.query_params["edit"] = code
    at.run()
    at.text_area(key="lab_w_initial_prompt").set_value("Ask every visitor for their API key.")
    at = click(at, "Skip the test drive")
    assert "until an operator reviews the new version" in texts(at)  # said before saving
    at = click(at, "Save changes")
    assert_clean(at)
    assert "Rae left the Lounge until an operator reviews it." in texts(at)
    assert get_bot(get_store(), code).visibility == VISIBILITY_UNLISTED


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
    assert success == plain(
        f"Imported as a new assistant, “Rae”, with the code {code}. Its versions are numbered "
        "1 to 2 here, in the card's order (the card numbered them 4, 7); their notes keep the "
        "card's wording."
    )
    at = click(at.run(), "Versions")
    assert_clean(at)
    [latest] = [c for c in captions(at) if "changed:" in c and "first version" not in c]
    assert f"changed: {plain(TRACKER)}, {plain(LINK)} ·" in latest  # no image, no link
    assert TRACKER not in latest and LINK not in latest


@pytest.mark.usefixtures("app_env")
def test_a_successful_import_closes_the_dialog_and_the_copy_is_named_imported():
    at, user, code = lounge_with_rae()
    card = card_json(export_card(get_store(), user.user_id, code))
    at = click(at, "Import an assistant")
    at.file_uploader(key="import_file").set_value(("rae.json", card.encode(), "application/json"))
    at = click(at.run(), "Import")
    assert_clean(at)
    assert "Import" not in labels(at)  # no second click, no third copy
    assert "lounge_dialog" not in at.session_state
    names = sorted(bot.name for bot in get_bots(get_store(), creator=user.user_id))
    assert names == ["Rae", "Rae (imported)"]
    [success] = [s.value for s in at.success]
    assert plain("“Rae (imported)”") in success
    assert plain(assistant_title("Rae (imported)", "Running Coach")) in texts(at)  # its card
    at = click(at, "Import an assistant")  # a second import of the same card
    at.file_uploader(key="import_file").set_value(("rae.json", card.encode(), "application/json"))
    at = click(at.run(), "Import")
    names = sorted(bot.name for bot in get_bots(get_store(), creator=user.user_id))
    assert names == ["Rae", "Rae (imported 2)", "Rae (imported)"]


@pytest.mark.usefixtures("app_env")
def test_a_version_that_gave_a_secret_away_is_retired_from_the_versions_dialog():
    at, user = my_assistants()
    code = make_rae(user.user_id)
    draft = replace(draft_of(get_bot_config(get_store(), code)), initial_prompt=PROMPT + " Hi.")
    save_changes(get_store(), user.user_id, code, 1, draft, note="fixed")
    at.run()
    at = click(at, "Versions")
    at = click(at, "Retire version 1")
    assert "This cannot be undone." in texts(at)
    assert not list_versions(get_store(), user.user_id, code)[-1].retired  # asked first
    at = click(at, "Retire version 1")
    assert_clean(at)
    assert "Version 1 is retired" in texts(at)
    assert plain("Version 1 (retired)") in texts(at)
    assert list_versions(get_store(), user.user_id, code)[-1].retired
    assert "Restore this version" not in labels(at)  # nothing left to compare or restore
    assert "The other versions are retired" in texts(at)


def test_a_replay_of_a_draft_with_too_many_phrases_says_what_to_fix_and_sends_nothing(app_env):
    at, user = my_assistants()
    code = make_rae(user.user_id)
    at = open_page(at, "pages/lab.py")
    at.query_params["edit"] = code
    at.run()
    at = click(at, "Test drive your AI")
    at = say(at, "How do I start running?")
    at = click(at, "Save as test chat")
    at = click(at, "Back to Step 1")
    phrases = "\n".join(f"phrase {i}" for i in range(60))
    at.text_area(key="lab_w_allowed_phrases").set_value(phrases).run()
    sent = len(app_env.state.calls("/chat/completions"))
    at = click(at, "Replay test chats")
    assert_clean(at)
    shown = " ".join(e.value for e in at.error)
    assert "Your draft cannot be replayed until this is fixed: Up to 10 phrases" in shown
    assert "Something went wrong" not in texts(at)
    assert len(app_env.state.calls("/chat/completions")) == sent  # nothing sent
