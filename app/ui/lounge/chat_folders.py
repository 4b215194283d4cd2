"""My Chats organised: the filters and order above the list, the folders the user names, and
each row's pin and folder.

The folder list is one small query, kept with the chat pages for a short while; the filters
only change which indexed query the next page runs (sessions.listing.ChatView). The assistant
filter offers the assistants of the chats this tab has listed (no query reads them all).
"""

from __future__ import annotations

import time

import streamlit as st

from api_sessions import (
    MAX_FOLDER_NAME,
    ORDER_BY_ACTIVITY,
    ORDER_BY_START,
    STATUS_CHOICES,
    STATUS_COMPLETED,
    STATUS_PROVIDER_ERROR,
    STATUS_STARTED,
    ChatSummary,
    ChatView,
    Folder,
    create_folder,
    delete_folder,
    list_folders,
    move_chat,
    rename_folder,
    set_pinned,
)
from i18n import tr, tr_noop
from ui import state as ui_state
from ui.components import confirm_buttons
from ui.lounge.my_assistants import DIALOG, close_if_done, handler_close_dialog, handler_dismiss
from ui.text import plain

FOLDERS = "lounge_chats_folders"  # (loaded at, the user's folders)
SEEN_BOTS = "lounge_chats_seen_bots"  # assistant code -> name, of the chats listed in this tab
MESSAGE = "lounge_chats_organise_message"
BOT_FIELD = "lounge_chats_filter_bot"
FOLDER_FIELD = "lounge_chats_filter_folder"
STATUS_FIELD = "lounge_chats_filter_status"
ORDER_FIELD = "lounge_chats_order"
NEW_FOLDER_FIELD = "lounge_chats_new_folder"
FOLDER_NAME_FIELD = "lounge_chats_folder_name"  # the rename dialog's field
MOVE_FIELD = "lounge_chats_move_to"
NO_FOLDER = "__none__"  # the folder filter's "in no folder"
ANY = ""
FRESH_SECONDS = 20.0
ORDERS = {ORDER_BY_ACTIVITY: tr_noop("Last activity"), ORDER_BY_START: tr_noop("Started")}
STATUS_NAMES = {  # the status filter's choices, by sessions.listing.STATUS_CHOICES
    STATUS_STARTED: tr_noop("Open"),
    STATUS_COMPLETED: tr_noop("Concluded"),
    STATUS_PROVIDER_ERROR: tr_noop("Last reply failed"),
}


def _say(message: str, ok: bool = True) -> None:
    st.session_state[MESSAGE] = (message, ok)


def render_message() -> None:
    message = st.session_state.pop(MESSAGE, None)
    if message:
        (st.success if message[1] else st.error)(plain(message[0]))


def folders() -> list[Folder]:
    cached = st.session_state.get(FOLDERS)
    if cached and time.monotonic() - cached[0] < FRESH_SECONDS:
        return cached[1]
    found = list_folders(ui_state.store(), ui_state.current_user())
    st.session_state[FOLDERS] = (time.monotonic(), found)
    return found


def folder_names() -> dict[str, str]:
    return {folder.folder_id: folder.name for folder in folders()}


def remember_assistants(chats: list[ChatSummary]) -> None:
    seen: dict[str, str] = st.session_state.setdefault(SEEN_BOTS, {})
    for chat in chats:
        if chat.bot_id:
            seen.setdefault(chat.bot_id, chat.bot_name or tr("A deleted assistant"))


def current_view() -> ChatView:
    """What the filters above the list ask for (a folder deleted meanwhile shows all)."""
    folder = st.session_state.get(FOLDER_FIELD) or ANY
    if folder not in (ANY, NO_FOLDER) and folder not in folder_names():
        folder = ANY
    status = st.session_state.get(STATUS_FIELD)
    return ChatView(
        bot_id=st.session_state.get(BOT_FIELD) or ANY,
        folder_id={ANY: None, NO_FOLDER: ""}.get(folder, folder),
        status=status if status in STATUS_CHOICES else None,
        order=st.session_state.get(ORDER_FIELD) or ORDER_BY_ACTIVITY,
    )


# ---------------------------------------------------------------- handlers


def _run(action, *args) -> bool:
    try:
        action(ui_state.store(), ui_state.current_user(), *args)
    except ui_state.EXPECTED_ERRORS as error:
        _say(ui_state.error_message(error), ok=False)
        return False
    finally:
        ui_state.forget_chat_caches()
    return True


def handler_pin(chat: ChatSummary) -> None:
    if _run(set_pinned, chat.session_id, not chat.pinned):
        _say(
            tr("Unpinned “{title}”.", title=chat.title)
            if chat.pinned
            else tr("Pinned “{title}”.", title=chat.title)
        )


def handler_create_folder() -> None:
    name = st.session_state.get(NEW_FOLDER_FIELD) or ""
    if _run(create_folder, name):
        st.session_state[NEW_FOLDER_FIELD] = ""
        _say(tr("Folder created. Use a chat's Folder button to put it there."))


def handler_ask_folder(kind: str, folder: Folder) -> None:
    st.session_state[DIALOG] = (f"folder_{kind}", folder.folder_id, folder.name)
    st.session_state[FOLDER_NAME_FIELD] = folder.name


def handler_rename_folder(folder_id: str) -> None:
    if _run(rename_folder, folder_id, st.session_state.get(FOLDER_NAME_FIELD) or ""):
        _say(tr("Folder renamed."))
        handler_close_dialog()


def handler_delete_folder(folder_id: str) -> None:
    if st.session_state.get(FOLDER_FIELD) == folder_id:
        st.session_state[FOLDER_FIELD] = ANY
    if _run(delete_folder, folder_id):
        _say(tr("Folder deleted. Its chats are kept, in no folder."))
    handler_close_dialog()


def handler_ask_move(chat: ChatSummary) -> None:
    st.session_state[DIALOG] = ("chat_folder", chat.session_id, chat.title)
    st.session_state[MOVE_FIELD] = chat.folder_id or NO_FOLDER


def handler_move(session_id: str) -> None:
    chosen = st.session_state.get(MOVE_FIELD) or NO_FOLDER
    if _run(move_chat, session_id, "" if chosen == NO_FOLDER else chosen):
        _say(tr("Moved.") if chosen != NO_FOLDER else tr("The chat is in no folder now."))
        handler_close_dialog()


# ---------------------------------------------------------------- dialogs


def show_move(session_id: str, title: str) -> None:
    @st.dialog(tr("Put the chat in a folder"), on_dismiss=handler_dismiss)
    def dialog() -> None:
        close_if_done()
        render_message()
        names = {NO_FOLDER: tr("No folder"), **folder_names()}
        st.write(plain(f"“{title}”"))
        st.selectbox(tr("Folder"), list(names), format_func=names.get, key=MOVE_FIELD)
        confirm_buttons(
            tr("Move"), "lounge_chats_move", handler_move, (session_id,), handler_close_dialog
        )

    dialog()


def show_rename_folder(folder_id: str, name: str) -> None:  # noqa: ARG001 - the field holds it
    @st.dialog(tr("Rename folder"), on_dismiss=handler_dismiss)
    def dialog() -> None:
        close_if_done()
        render_message()
        st.text_input(tr("Folder name"), key=FOLDER_NAME_FIELD, max_chars=MAX_FOLDER_NAME)
        confirm_buttons(
            tr("Save"),
            "lounge_folder_rename",
            handler_rename_folder,
            (folder_id,),
            handler_close_dialog,
        )

    dialog()


def show_delete_folder(folder_id: str, name: str) -> None:
    @st.dialog(tr("Delete folder"), on_dismiss=handler_dismiss)
    def dialog() -> None:
        close_if_done()
        st.write(
            plain(tr("Delete the folder “{name}”? Its chats are kept, in no folder.", name=name))
        )
        confirm_buttons(
            tr("Delete folder"),
            "lounge_folder_delete",
            handler_delete_folder,
            (folder_id,),
            handler_close_dialog,
            destructive=True,
        )

    dialog()


ORGANISE_DIALOGS = {
    "chat_folder": show_move,
    "folder_rename": show_rename_folder,
    "folder_delete": show_delete_folder,
}


# ---------------------------------------------------------------- render


def render_filters(on_change) -> None:
    """Assistant, folder, status and order; a change starts the list from its first page."""
    bots = {ANY: tr("Any assistant"), **st.session_state.get(SEEN_BOTS, {})}
    folder_options = {ANY: tr("Any folder"), NO_FOLDER: tr("No folder"), **folder_names()}
    if st.session_state.get(FOLDER_FIELD) not in folder_options:
        st.session_state[FOLDER_FIELD] = ANY
    statuses = {
        ANY: tr("Any status"),
        **{s: tr(STATUS_NAMES.get(s, label.capitalize())) for s, label in STATUS_CHOICES.items()},
    }
    orders = {order: tr(label) for order, label in ORDERS.items()}
    bot, folder, status, order = st.columns(4)
    bot.selectbox(
        tr("Assistant"), list(bots), format_func=bots.get, key=BOT_FIELD, on_change=on_change
    )
    folder.selectbox(
        tr("Folder"),
        list(folder_options),
        format_func=folder_options.get,
        key=FOLDER_FIELD,
        on_change=on_change,
    )
    status.selectbox(
        tr("Status"),
        list(statuses),
        format_func=statuses.get,
        key=STATUS_FIELD,
        on_change=on_change,
    )
    order.selectbox(
        tr("Order by"), list(orders), format_func=orders.get, key=ORDER_FIELD, on_change=on_change
    )


def render_folder_manager() -> None:
    with st.expander(tr("Folders")):
        with st.container(horizontal=True, vertical_alignment="bottom"):
            st.text_input(
                tr("New folder"),
                key=NEW_FOLDER_FIELD,
                max_chars=MAX_FOLDER_NAME,
                placeholder=tr("A name only you can read"),
            )
            st.button(
                tr("Create folder"), key="lounge_folder_create", on_click=handler_create_folder
            )
        for folder in folders():
            with st.container(horizontal=True, vertical_alignment="center"):
                st.markdown(f"📁 {plain(folder.name)}")
                st.button(
                    tr("Rename"),
                    key=f"lounge_folder_rename_{folder.folder_id}",
                    on_click=handler_ask_folder,
                    args=("rename", folder),
                )
                st.button(
                    tr("Delete"),
                    key=f"lounge_folder_delete_{folder.folder_id}",
                    on_click=handler_ask_folder,
                    args=("delete", folder),
                )


def row_label(chat: ChatSummary) -> str:
    """The pin and the folder's name, before the title."""
    folder = folder_names().get(chat.folder_id, "") if chat.folder_id else ""
    return "".join(["📌 " if chat.pinned else "", f"📁 {folder} · " if folder else ""])


def render_row_buttons(chat: ChatSummary) -> None:
    st.button(
        tr("Unpin") if chat.pinned else tr("Pin"),
        key=f"lounge_chat_pin_{chat.session_id}",
        on_click=handler_pin,
        args=(chat,),
    )
    st.button(
        tr("Folder"),
        key=f"lounge_chat_folder_{chat.session_id}",
        on_click=handler_ask_move,
        args=(chat,),
    )
