"""The Lounge's "My AI Assistants" tab: the creator's home, one card per assistant.

Each card shows the assistant as visitors see it, its code and link, who may see it, its
counters, and the creator's buttons. Dialogs (versions, stats, import, delete) open from the
page's state machine: a button only records which one to open.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from api_bots import (
    VISIBILITY_LABELS,
    VISIBILITY_PRIVATE,
    VISIBILITY_SHOWCASED,
    VISIBILITY_UNLISTED,
    BotProfile,
    archive,
    card_json,
    delete_bot,
    export_card,
    get_bots,
    request_showcase,
    set_visibility,
    unarchive,
)
from i18n import format_number, ntr, tr, tr_noop
from ui import state as ui_state
from ui.avatars import avatar_alt, avatar_url
from ui.components import assistant_title, confirm_buttons
from ui.lab import edit as lab_edit
from ui.links import show_share_box
from ui.text import plain

DIALOG = "lounge_dialog"  # (kind, bot code, name) of the open dialog, until it is dismissed
EDIT = "lounge_edit"  # the code of the assistant to open in the Lab
CLOSE_DIALOG = "lounge_close_dialog"
MESSAGE = "lounge_mine_message"
CHOOSABLE = (VISIBILITY_PRIVATE, VISIBILITY_UNLISTED)
VISIBILITY_NAMES = {  # bots.VISIBILITY_LABELS, as the visitor's language says them
    VISIBILITY_PRIVATE: tr_noop("Private"),
    VISIBILITY_UNLISTED: tr_noop("Unlisted"),
    VISIBILITY_SHOWCASED: tr_noop("Showcased"),
}


def visibility_name(visibility: str) -> str:
    return tr(VISIBILITY_NAMES.get(visibility, VISIBILITY_LABELS.get(visibility, visibility)))


def _open(kind: str, bot: BotProfile | None = None) -> None:
    st.session_state[DIALOG] = (kind, bot.bot_id if bot else "", bot.name if bot else "")


def _say(message: str, ok: bool = True) -> None:
    st.session_state[MESSAGE] = (message, ok)


def _run(action: Callable[[], None], done: str) -> bool:
    try:
        action()
    except ui_state.EXPECTED_ERRORS as error:
        _say(ui_state.error_message(error), ok=False)
        return False
    _say(done)
    return True


# ---------------------------------------------------------------- handlers


def handler_visibility(bot: BotProfile) -> None:
    label = st.session_state.get(f"lounge_visibility_{bot.bot_id}")
    chosen = next((code for code in VISIBILITY_LABELS if visibility_name(code) == label), None)
    if chosen is None or chosen == bot.visibility:
        return
    user = ui_state.current_user()
    _run(
        lambda: set_visibility(ui_state.store(), user.user_id, bot.bot_id, chosen),
        tr("{name} is {visibility} now.", name=bot.name, visibility=visibility_name(chosen)),
    )


def handler_request_showcase(bot: BotProfile) -> None:
    user = ui_state.current_user()
    _run(
        lambda: request_showcase(ui_state.store(), user.user_id, bot.bot_id),
        tr("Showcase requested for {name}. An operator will review it.", name=bot.name),
    )


def handler_archive(bot: BotProfile, archived: bool) -> None:
    user = ui_state.current_user()
    change = archive if archived else unarchive
    done = _run(
        lambda: change(ui_state.store(), user.user_id, bot.bot_id),
        # With the code: two assistants may share a name.
        tr(
            "{name} ({code}) is archived: it is under Archived below.",
            name=bot.name,
            code=bot.bot_id,
        )
        if archived
        else tr("{name} ({code}) is back in service.", name=bot.name, code=bot.bot_id),
    )
    if done and archived:
        lab_edit.end_editing_of(bot.bot_id)  # the Lab no longer edits it


def handler_delete(bot_id: str, name: str) -> None:
    user = ui_state.current_user()
    if _run(
        lambda: delete_bot(ui_state.store(), user.user_id, bot_id),
        tr("{name} was deleted, with all its versions.", name=name),
    ):
        lab_edit.end_editing_of(bot_id)  # the Lab no longer edits it
    handler_close_dialog()


def handler_dismiss() -> None:
    """The dialog is closed (its X, Escape or a click outside): it stays closed."""
    st.session_state.pop(DIALOG, None)


def handler_close_dialog() -> None:
    handler_dismiss()
    st.session_state[CLOSE_DIALOG] = True


def close_if_done() -> None:
    """A dialog's buttons rerun only the dialog: the whole page reruns (and the dialog closes)
    once its callback has done the work."""
    if st.session_state.pop(CLOSE_DIALOG, False):
        st.rerun()


def show_delete(bot_id: str, name: str) -> None:
    @st.dialog(tr("Delete {name}?", name=name), on_dismiss=handler_dismiss)
    def dialog() -> None:
        close_if_done()
        st.write(
            tr(
                "This deletes **{name}** with every prompt, setting and version. Visitors keep "
                "the chats they had, but cannot continue them. This cannot be undone; to only "
                "take it out of service, archive it instead.",
                name=plain(name),
            )
        )
        confirm_buttons(
            tr("Delete {name}", name=plain(name)),
            "delete",
            handler_delete,
            (bot_id, name),
            handler_close_dialog,
            destructive=True,
        )

    dialog()


def handler_edit(bot: BotProfile) -> None:
    st.session_state[EDIT] = bot.bot_id
    lab_edit.check_when_opened(bot.bot_id)  # the active version, unless edits are unsaved


# ---------------------------------------------------------------- render


def _export_data(bot_id: str, include_confidential: bool) -> Callable[[], str]:
    """Built only when the creator clicks Export: every version is read then, not on each rerun."""
    user = ui_state.current_user()

    def build() -> str:
        return card_json(export_card(ui_state.store(), user.user_id, bot_id, include_confidential))

    return build


def render_visibility(bot: BotProfile) -> None:
    if bot.visibility == VISIBILITY_SHOWCASED:
        options = [visibility_name(v) for v in (*CHOOSABLE, VISIBILITY_SHOWCASED)]
    else:
        options = [visibility_name(v) for v in CHOOSABLE]
    key = f"lounge_visibility_{bot.bot_id}"
    st.session_state[key] = visibility_name(bot.visibility)
    left, right = st.columns([2, 1], vertical_alignment="bottom")
    left.selectbox(
        tr("Visibility"),
        options,
        key=key,
        on_change=handler_visibility,
        args=(bot,),
        help=tr(
            "Private: only you. Unlisted: anyone with the code or link. Showcased: in the "
            "Lounge, after an operator's review."
        ),
    )
    if bot.visibility == VISIBILITY_UNLISTED and not bot.showcase_requested:
        right.button(
            tr("Request showcase"),
            key=f"lounge_request_{bot.bot_id}",
            on_click=handler_request_showcase,
            args=(bot,),
        )
    elif bot.showcase_requested:
        right.caption(tr("Showcase requested: waiting for review."))


def render_card(bot: BotProfile, on_chat: Callable[[BotProfile], None]) -> None:
    with st.container(border=True, key=f"mine_{bot.bot_id}"):
        left, right = st.columns([1, 6], vertical_alignment="center")
        left.image(avatar_url(bot.name), width=56, alt=avatar_alt(bot.name))
        right.markdown(f"**{plain(assistant_title(bot.name, bot.tag_line))}**")
        facts = [
            tr("Version {number}", number=bot.version),
            ntr("{count} session started", "{count} sessions started", bot.sessions_started),
            ntr("{count} concluded", "{count} concluded", bot.sessions_ended),
            f"👍 {format_number(bot.likes)}",
            f"👎 {format_number(bot.dislikes)}",
        ]
        right.caption(" · ".join(facts))
        if bot.visibility == VISIBILITY_PRIVATE:
            st.caption(
                tr(
                    "🔒 Private: its link and code open it only for you. To share it, make it "
                    "Unlisted."
                )
            )
        else:
            show_share_box(bot.bot_id)
        if not bot.archived:
            render_visibility(bot)
        with st.container(horizontal=True):
            st.button(
                tr("Edit"), key=f"lounge_edit_{bot.bot_id}", on_click=handler_edit, args=(bot,)
            )
            st.button(
                tr("Versions"),
                key=f"lounge_versions_{bot.bot_id}",
                on_click=_open,
                args=("versions", bot),
            )
            st.button(
                tr("Stats"), key=f"lounge_stats_{bot.bot_id}", on_click=_open, args=("stats", bot)
            )
            confidential = st.checkbox(
                tr("Export with confidential knowledge"),
                key=f"lounge_export_confidential_{bot.bot_id}",
                help=tr(
                    "Off: the card leaves out knowledge sources marked Confidential (anyone "
                    "who gets the file can read what it holds)."
                ),
            )
            st.download_button(
                tr("Export"),
                _export_data(bot.bot_id, confidential),
                file_name=f"gptlab-assistant-{bot.bot_id}.json",
                mime="application/json",
                key=f"lounge_export_{bot.bot_id}",
                on_click="ignore",
            )
            st.button(
                tr("Unarchive") if bot.archived else tr("Archive"),
                key=f"lounge_archive_{bot.bot_id}",
                on_click=handler_archive,
                args=(bot, not bot.archived),
            )
            st.button(
                tr("Delete"),
                key=f"lounge_delete_{bot.bot_id}",
                on_click=_open,
                args=("delete", bot),
                icon="🗑️",
                help=tr("Delete {name} with all its versions (asks first).", name=plain(bot.name)),
            )
            if not bot.archived:
                st.button(
                    tr("Chat with {name}", name=plain(bot.name)),
                    key=f"lounge_mine_{bot.bot_id}",
                    on_click=on_chat,
                    args=(bot,),
                )


def render_message() -> None:
    message = st.session_state.pop(MESSAGE, None)
    if message:
        text, ok = message
        (st.success if ok else st.error)(plain(text))  # names are the creator's (or a card's)


def _render_lab_button() -> None:
    """Into the Lab: a new assistant, or back to the one being edited (never dropping it)."""
    current = lab_edit.editing()
    label = (
        tr("Back to editing {name}", name=plain(current["name"]))
        if current
        else tr("New assistant")
    )
    if st.button(label, key="lounge_new_assistant", icon="🧪"):
        st.switch_page("pages/lab.py")


def render_my_assistants(on_chat: Callable[[BotProfile], None]) -> None:
    user = ui_state.current_user()
    if user is None:
        st.info(tr("Sign in to see the assistants you created."))
        return
    render_message()
    try:
        mine = get_bots(ui_state.store(), creator=user.user_id)
    except ui_state.EXPECTED_ERRORS as error:
        st.error(ui_state.error_message(error))
        mine = None
    with st.container(horizontal=True):
        if mine:  # with none yet, the invitation below leads to the Lab
            _render_lab_button()
        st.button(
            tr("Import an assistant"),
            key="lounge_import",
            on_click=_open,
            args=("import",),
            icon="📥",
        )
    if mine is None:
        return
    active = [bot for bot in mine if not bot.archived]
    archived = [bot for bot in mine if bot.archived]
    if not mine:
        st.write(tr("You have not created an AI assistant yet. It takes a few minutes in the Lab."))
        if st.button(tr("Visit the Lab"), key="lounge_visit_lab", type="primary"):
            st.switch_page("pages/lab.py")
        return
    for bot in active:
        render_card(bot, on_chat)
    if archived:
        with st.expander(tr("Archived ({count})", count=len(archived)), expanded=False):
            for bot in archived:
                render_card(bot, on_chat)
