"""The Lab's edit mode: an existing assistant loaded from `?edit=CODE`, saved as a new version,
and its test chats kept and replayed against the active version and the draft."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from api_bots import (
    VISIBILITY_SHOWCASED,
    BotConfig,
    BotDraft,
    changes_between,
    draft_of,
    get_bot_for_creator,
    save_changes,
)
from api_sessions import (
    MAX_TEST_MESSAGES,
    ChatSession,
    KeptTestChat,
    list_test_chats,
    replay,
    save_test_chat,
)
from i18n import ntr, tr
from ui import spend_cap
from ui import state as ui_state
from ui.lab import draft as lab_draft
from ui.links import show_share_box
from ui.text import model_markdown, plain

EDITING = lab_draft.EDITING  # {"bot_id", "version", "name"} while an assistant is edited
QUERY_KEY = "edit"
NOTE = "lab_w_note"
REPLAY = "lab_replay_result"
REPLAY_ERROR = "lab_replay_error"  # said in the replay's own expander, on step 1
PENDING_TEST_CHATS = "lab_pending_test_chats"  # kept in a new assistant's test drive
NOTICE = "lab_edit_notice"
LOADED = "loaded"  # in EDITING: the version the draft was loaded from (or saved as), as a draft
CHECK = "check"  # in EDITING: look at the stored assistant again on the next Lab run
RELOAD = "reload"  # in EDITING: Load version N was clicked
NEWER = "newer"  # in EDITING: the live version, newer than the draft with unsaved changes


def editing() -> dict | None:
    return st.session_state.get(EDITING)


def sync_with_link(on_error: Callable[[Exception], None]) -> bool:
    """Load the assistant named in `?edit=`; True if the Lab should start at step 1.

    The assistant already being edited is looked at again when asked (Edit on its card, a
    Restore, Load version N, a failed save): a draft without unsaved changes opens the active
    version; one with unsaved changes is kept, and the newer version is offered (NEWER)."""
    current = editing()
    asked = bool(current and (current.get(CHECK) or current.get(RELOAD)))
    code = st.query_params.get(QUERY_KEY) or (current["bot_id"] if asked else None)
    same = current is not None and current["bot_id"] == code
    if not code or (same and not asked):
        return False
    user = ui_state.current_user()
    try:
        config = get_bot_for_creator(ui_state.store(), code, user.user_id)
    except ui_state.EXPECTED_ERRORS as error:
        st.query_params.pop(QUERY_KEY, None)
        if same:
            forget_lab(restored=False)  # it is gone: the kept new draft comes back
        on_error(error)
        return False
    if same:
        current.pop(CHECK, None)
        if config.version == current["version"]:
            current.pop(NEWER, None)
            return False
        if not current.pop(RELOAD, False) and has_unsaved_changes():
            current[NEWER] = config.version
            return False
    _start_editing(config)
    return True


def _start_editing(config: BotConfig) -> None:
    loaded = draft_of(config)
    lab_draft.load(loaded)
    st.session_state[EDITING] = {
        "bot_id": config.profile.bot_id,
        "version": config.version,
        "name": config.profile.name,
        "visibility": config.profile.visibility,
        LOADED: loaded,
    }
    st.session_state.pop(REPLAY, None)
    st.session_state.pop(REPLAY_ERROR, None)


def has_unsaved_changes() -> bool:
    """The draft differs from the version it was loaded from (or saved as)."""
    current = editing()
    loaded: BotDraft | None = current.get(LOADED) if current else None
    if loaded is None:
        return current is not None
    return bool(changes_between(loaded.cleaned(), lab_draft.bot_draft().cleaned()))


def check_when_opened(bot_id: str) -> None:
    """The assistant may have changed here (Edit on its card, a Restore): the next Lab run
    looks at it again."""
    current = editing()
    if current is not None and current["bot_id"] == bot_id:
        current[CHECK] = True


def end_editing_of(bot_id: str) -> None:
    """The assistant being edited was deleted or archived: edit mode ends with it."""
    current = editing()
    if current is not None and current["bot_id"] == bot_id:
        forget_lab(restored=False)


def forget_lab(restored: bool) -> None:
    """Every piece of the Lab's state goes; `restored` False brings a new assistant's kept
    draft back on the next visit."""
    for name in [name for name in st.session_state if str(name).startswith("lab_")]:
        del st.session_state[name]
    st.session_state[lab_draft.RESTORED] = restored


def handler_load_newer() -> None:
    current = editing()
    if current is not None:
        current[RELOAD] = True


def stop_editing() -> None:
    st.query_params.pop(QUERY_KEY, None)
    st.session_state.pop(EDITING, None)


def render_heading(just_saved: bool) -> None:
    """Which assistant is edited, which version is live, and a newer one to load."""
    current = editing()
    if current is None:
        return
    version, newer = current["version"], current.get(NEWER)
    st.subheader(tr("Editing {name}", name=plain(current["name"])))
    if newer:
        st.caption(
            tr("Your draft has changes to version {version} you have not saved.", version=version)
        )
        st.warning(
            tr(
                "Version {newer} is live now: {name} changed after you loaded version "
                "{version}. Load version {newer} to edit it (the changes you have not saved are "
                "lost), or copy them first.",
                newer=newer,
                name=plain(current["name"]),
                version=version,
            )
        )
        st.button(
            tr("Load version {newer}", newer=newer),
            key="lab_load_newer",
            on_click=handler_load_newer,
        )
    elif just_saved:
        st.caption(tr("Version {version}, which you just saved, is live.", version=version))
    else:
        st.caption(tr("Version {version} is live. Changes apply when you save.", version=version))


def handler_save() -> str | None:
    """Save the draft as a new version; an error message, or None when saved."""
    lab_draft.save_widgets(lab_draft.STEP3_FIELDS)
    current, user = editing(), ui_state.current_user()
    try:
        number = save_changes(
            ui_state.store(),
            user.user_id,
            current["bot_id"],
            current["version"],
            lab_draft.bot_draft(),
            note=st.session_state.get(NOTE, ""),
            allowed_models=user.models or None,
        )
    except ui_state.EXPECTED_ERRORS as error:
        current[CHECK] = True  # a newer version, or none: the next run looks
        return ui_state.error_message(error)
    config = get_bot_for_creator(ui_state.store(), current["bot_id"], user.user_id)
    saved = config.profile
    left_lounge = current.get("visibility") == VISIBILITY_SHOWCASED != saved.visibility
    current.update(version=number, name=saved.name, visibility=saved.visibility)
    current[LOADED] = draft_of(config)
    current.pop(NEWER, None)
    st.session_state.pop(NOTE, None)
    saved_note = tr(
        "Saved as version {number}. New sessions use it; sessions already open keep theirs. "
        "The code and link stay the same.",
        number=number,
    )
    if left_lounge:
        left_note = tr(
            "{name} left the Lounge until an operator reviews it.", name=plain(saved.name)
        )
        saved_note = f"{saved_note} {left_note}"
    st.session_state[NOTICE] = saved_note
    return None


def render_review_note() -> None:
    """Before saving a showcased assistant: say that an edit is reviewed before the Lounge."""
    current = editing()
    if current and current.get("visibility") == VISIBILITY_SHOWCASED:
        st.info(
            tr(
                "{name} is showcased in the Lounge. Saving a change to its prompt, summary "
                "prompt, name, tag line, description or conversation starters takes it out of "
                "the Lounge until an operator reviews the new version; its link and code keep "
                "working. Model settings alone do not.",
                name=plain(current["name"]),
            )
        )


def handler_save_test_chat(chat: ChatSession) -> None:
    current, user = editing(), ui_state.current_user()
    if current is None:  # a new assistant: kept until it is created
        st.session_state.setdefault(PENDING_TEST_CHATS, []).append(chat)
        st.session_state[NOTICE] = tr(
            "Test chat kept: it is saved with the assistant when you create it."
        )
        return
    try:
        kept = save_test_chat(ui_state.store(), user, current["bot_id"], chat)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[NOTICE] = ui_state.error_message(error)
        return
    st.session_state[NOTICE] = _with_kept_note(
        tr("Test chat saved. Replay it from step 1 after your next change."), kept
    )


def _with_kept_note(notice: str, kept: KeptTestChat) -> str:
    if kept.kept == kept.sent:
        return notice
    note = ntr(
        "It keeps your first {count} of {sent} messages: a test chat holds up to {most}, and at "
        "most 1 MB once stored.",
        "It keeps your first {count} of {sent} messages: a test chat holds up to {most}, and at "
        "most 1 MB once stored.",
        kept.kept,
        sent=kept.sent,
        most=MAX_TEST_MESSAGES,
    )
    return f"{notice} {note}"


def save_pending_test_chats(bot_id: str) -> None:
    """The test chats of a new assistant's test drive, once it exists."""
    user = ui_state.current_user()
    for chat in st.session_state.pop(PENDING_TEST_CHATS, []):
        try:
            kept = save_test_chat(ui_state.store(), user, bot_id, chat)
        except ui_state.EXPECTED_ERRORS as error:
            st.session_state[NOTICE] = ui_state.error_message(error)
            continue
        if kept.kept < kept.sent:
            st.session_state[NOTICE] = _with_kept_note(tr("Test chat saved."), kept)


def handler_replay(messages: tuple[str, ...]) -> None:
    if not spend_cap.allows(handler_replay, (messages,)):
        return
    lab_draft.save_widgets(lab_draft.STEP1_FIELDS)
    current, user = editing(), ui_state.current_user()
    st.session_state.pop(REPLAY_ERROR, None)
    try:
        active = draft_of(get_bot_for_creator(ui_state.store(), current["bot_id"], user.user_id))
        st.session_state[REPLAY] = replay(
            ui_state.store(),
            user,
            ui_state.llm(),
            messages,
            active,
            lab_draft.bot_draft(),
            ui_state.settings().leak_threshold,
        )
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state.pop(REPLAY, None)  # replies to an older draft would mislead
        st.session_state[REPLAY_ERROR] = ui_state.error_message(error)
    ui_state.forget_month_spend()  # both sides' calls are in the month's total


def render_notice() -> None:
    notice = st.session_state.pop(NOTICE, None)
    if notice:
        st.info(notice)


def render_saved(on_keep_editing: Callable[[int], None]) -> None:
    """After Save changes: the code stays, and editing can go on from step 1."""
    st.subheader(tr("Saved"))
    render_notice()
    show_share_box(editing()["bot_id"])
    b1, b2 = st.columns(2)
    b1.button(
        tr("Keep editing"),
        key="lab_keep_editing",
        on_click=on_keep_editing,
        args=(1,),
        width="stretch",
    )
    if b2.button(tr("Back to Lounge"), key="lab_back_to_lounge", width="stretch"):
        st.switch_page("pages/lounge.py")


def render_replay() -> None:
    current = editing()
    if current is None:
        return
    said = st.session_state.get(REPLAY) is not None or bool(st.session_state.get(REPLAY_ERROR))
    with st.expander(tr("Replay test chats"), expanded=said):
        try:
            chats = list_test_chats(ui_state.store(), ui_state.current_user(), current["bot_id"])
        except ui_state.EXPECTED_ERRORS as error:
            st.error(ui_state.error_message(error))
            return
        if not chats:
            st.caption(
                tr(
                    "No test chats yet. Test-drive your assistant and click Save as test chat: "
                    "its messages can then be replayed against each change before you save it."
                )
            )
            return
        titles = {f"{i + 1}. {chat.title}": chat for i, chat in enumerate(chats)}
        chosen = titles[st.selectbox(tr("Test chat"), list(titles), key="lab_replay_pick")]
        st.caption(
            ntr(
                "Sends {count} message to version {version} and to your draft, with your API key.",
                "Sends {count} messages to version {version} and to your draft, with your API key.",
                len(chosen.messages),
                version=current["version"],
            )
        )
        st.button(
            tr("Replay test chats"),
            key="lab_replay",
            on_click=handler_replay,
            args=(chosen.messages,),
        )
        if st.session_state.get(REPLAY_ERROR):
            st.error(st.session_state[REPLAY_ERROR])
        result = st.session_state.get(REPLAY)
        if result is None:
            return
        left, right = st.columns(2)
        left.markdown(tr("**Active version {version}**", version=current["version"]))
        right.markdown(tr("**Your draft**"))
        for message, before, after in zip(
            result.messages, result.active, result.draft, strict=True
        ):
            st.markdown(f"🧑 {plain(message)}")
            left, right = st.columns(2)
            with left.container(border=True):
                st.markdown(model_markdown(before))
            with right.container(border=True):
                st.markdown(model_markdown(after))
