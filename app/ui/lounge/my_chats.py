"""The Lounge's "My Chats" tab: every chat of the user, to find, open, rename, delete or export.

A page of 20 is one query (as the filters above it ask: ui/lounge/chat_folders.py), kept for a
short while so reruns (typing, dialogs) do not repeat it; search decrypts the user's titles and
recaps once and filters in this tab's memory. Dialogs open from the page's state machine: a
button only records which one to open.
"""

from __future__ import annotations

import time
from datetime import datetime

import streamlit as st

from account import export_everything
from api_sessions import (
    MAX_SEARCH_CHARS,
    MAX_TITLE_INPUT,
    STATUS_COMPLETED,
    ChatPage,
    ChatSummary,
    ChatView,
    Cursor,
    delete_chat,
    list_chats,
    load_search_index,
    rename_chat,
    search_chats,
)
from i18n import ntr, tr
from ui import state as ui_state
from ui.components import confirm_buttons
from ui.lounge import chat_folders
from ui.lounge.formats import cost_text, when_text
from ui.lounge.my_assistants import DIALOG, close_if_done, handler_close_dialog, handler_dismiss
from ui.lounge.shared_links import render_shared_links
from ui.text import plain

CURSORS = "lounge_chats_cursors"  # where each page shown so far starts; the last is on screen
PAGES = "lounge_chats_pages"  # (view, cursor) -> (loaded at, page)
INDEX = "lounge_chats_index"  # (loaded at, decrypted titles and recaps) for search
SEARCH_FIELD = "lounge_chats_search"
MESSAGE = "lounge_chats_message"
OPEN = "lounge_chats_open"  # (assistant code, session id) to open on the assistant page
RENAME_FIELD = "lounge_chats_rename_field"
FRESH_SECONDS = 20.0  # a listing this recent is shown again instead of read again
INDEX_SECONDS = 120.0
SEARCH_SHOWN = 50


def _say(message: str, ok: bool = True) -> None:
    st.session_state[MESSAGE] = (message, ok)


def forget_listings() -> None:
    """After a change: the next view reads the store again."""
    ui_state.forget_chat_caches()


def _page(after: Cursor | None) -> ChatPage:
    view = chat_folders.current_view()
    pages: dict = st.session_state.setdefault(PAGES, {})
    cached = pages.get((view, after))
    if cached and time.monotonic() - cached[0] < FRESH_SECONDS:
        return cached[1]
    page = list_chats(ui_state.store(), ui_state.current_user(), after=after, view=view)
    pages[(view, after)] = (time.monotonic(), page)
    chat_folders.remember_assistants(page.chats)
    return page


def _search_index() -> list[ChatSummary]:
    cached = st.session_state.get(INDEX)
    if cached and time.monotonic() - cached[0] < INDEX_SECONDS:
        return cached[1]
    index = load_search_index(ui_state.store(), ui_state.current_user())
    st.session_state[INDEX] = (time.monotonic(), index)
    return index


# ---------------------------------------------------------------- handlers


def handler_open(chat: ChatSummary) -> None:
    st.session_state[OPEN] = (chat.bot_id, chat.session_id)


def handler_first_page() -> None:
    """The filters or the order changed: start from their first page."""
    st.session_state[CURSORS] = [None]


def handler_older(cursor: Cursor) -> None:
    st.session_state.setdefault(CURSORS, [None]).append(cursor)


def handler_newer() -> None:
    cursors = st.session_state.get(CURSORS) or [None]
    if len(cursors) > 1:
        cursors.pop()


def handler_ask(kind: str, chat: ChatSummary) -> None:
    st.session_state.pop(MESSAGE, None)  # an earlier outcome is not this dialog's
    st.session_state[DIALOG] = (f"chat_{kind}", chat.session_id, chat.title)
    st.session_state[RENAME_FIELD] = "" if not chat.renamed else chat.title


def handler_rename(session_id: str) -> None:
    wanted = st.session_state.get(RENAME_FIELD) or ""
    try:
        title = rename_chat(ui_state.store(), ui_state.current_user(), session_id, wanted)
    except ui_state.EXPECTED_ERRORS as error:
        _say(ui_state.error_message(error), ok=False)
        return  # the dialog stays open with what was typed
    forget_listings()
    _say(
        tr("Renamed to “{title}”.", title=title)
        if title
        else tr("The chat has its automatic title again.")
    )
    handler_close_dialog()


def handler_delete(session_id: str, title: str) -> None:
    try:
        delete_chat(ui_state.store(), ui_state.current_user(), session_id)
    except ui_state.EXPECTED_ERRORS as error:
        _say(ui_state.error_message(error), ok=False)
    else:
        _say(tr("Deleted “{title}”.", title=title))
        st.session_state[CURSORS] = [None]  # the pages after it moved
    forget_listings()
    handler_close_dialog()


# ---------------------------------------------------------------- dialogs


def show_rename(session_id: str, title: str) -> None:
    @st.dialog(tr("Rename chat"), on_dismiss=handler_dismiss)
    def dialog() -> None:
        close_if_done()
        _render_message()
        st.text_input(
            tr("New name (leave empty for the automatic title)"),
            key=RENAME_FIELD,
            max_chars=MAX_TITLE_INPUT,
            placeholder=title,
        )
        confirm_buttons(
            tr("Save name"),
            "lounge_chats_rename",
            handler_rename,
            (session_id,),
            handler_close_dialog,
        )

    dialog()


def show_delete_chat(session_id: str, title: str) -> None:
    @st.dialog(tr("Delete chat"), on_dismiss=handler_dismiss)
    def dialog() -> None:
        close_if_done()
        st.write(
            tr(
                "Delete “{title}” and all its messages? Links you shared of it stop working. "
                "This cannot be undone.",
                title=plain(title),
            )
        )
        confirm_buttons(
            tr("Delete chat"),
            "lounge_chats_delete",
            handler_delete,
            (session_id, title),
            handler_close_dialog,
            destructive=True,
        )

    dialog()


CHAT_DIALOGS = {
    "chat_rename": show_rename,
    "chat_delete": show_delete_chat,
    **chat_folders.ORGANISE_DIALOGS,
}


# ---------------------------------------------------------------- render


def _status(chat: ChatSummary) -> str:
    return tr("concluded") if chat.status == STATUS_COMPLETED else tr("open")


def render_row(chat: ChatSummary) -> None:
    with st.container(border=True, key=f"lounge_chat_{chat.session_id}"):
        text, actions = st.columns([3, 2], vertical_alignment="center")
        text.markdown(f"{plain(chat_folders.row_label(chat))}**{plain(chat.title)}**")
        facts = [
            chat.bot_name or tr("A deleted assistant"),
            when_text(chat.created_date),
            chat.model,
            ntr("{count} message", "{count} messages", chat.message_count),
            _status(chat),
            cost_text(chat.spend),
        ]
        text.caption(plain(" · ".join(facts)))
        with actions.container(horizontal=True):
            st.button(
                tr("Open"),
                key=f"lounge_chat_open_{chat.session_id}",
                on_click=handler_open,
                args=(chat,),
                type="primary",
            )
            chat_folders.render_row_buttons(chat)
            st.button(
                tr("Rename"),
                key=f"lounge_chat_rename_{chat.session_id}",
                on_click=handler_ask,
                args=("rename", chat),
            )
            st.button(
                tr("Delete chat"),
                key=f"lounge_chat_delete_{chat.session_id}",
                on_click=handler_ask,
                args=("delete", chat),
            )


def _render_message() -> None:
    """Shown once, where it happened: the next rerun or page no longer says it."""
    message = st.session_state.pop(MESSAGE, None)
    if message:
        text, ok = message
        (st.success if ok else st.error)(plain(text))


def render_export() -> None:
    store, user = ui_state.store(), ui_state.current_user()

    def build() -> bytes:  # read only when clicked, never on a rerun
        return export_everything(store, user)

    st.download_button(
        tr("Export all my data"),
        build,
        file_name=f"gptlab-export-{datetime.now().strftime('%Y-%m-%d')}.zip",
        mime="application/zip",
        key="lounge_chats_export",
        on_click="ignore",  # a rerun on click races the deferred build: no file, no error
        icon="📦",
        help=tr(
            "A zip with every chat (JSON, CSV and one Markdown file each), your assistants "
            "and your unfinished Lab draft."
        ),
    )


def render_search_results(query: str) -> None:
    found = search_chats(_search_index(), query)
    if not found:
        st.info(tr("No chat title or recap has all of those words."))
        return
    st.caption(ntr("{count} chat found", "{count} chats found", len(found)))
    for chat in found[:SEARCH_SHOWN]:
        render_row(chat)
    if len(found) > SEARCH_SHOWN:
        st.caption(
            tr("Showing the newest {shown}. Add a word to narrow the search.", shown=SEARCH_SHOWN)
        )


def render_page() -> None:
    cursors = st.session_state.setdefault(CURSORS, [None])
    page = _page(cursors[-1])
    if not page.chats and len(cursors) == 1:
        if chat_folders.current_view() != ChatView():
            st.info(tr("No chat matches these filters."))
        else:
            st.write(tr("No chats yet. Pick an assistant in the Showcased tab and say hello."))
        return
    for chat in page.chats:
        render_row(chat)
    with st.container(horizontal=True):
        if len(cursors) > 1:
            st.button(tr("Newer"), key="lounge_chats_newer", on_click=handler_newer, icon="⬅️")
        if page.next_cursor is not None:
            st.button(
                tr("Older"),
                key="lounge_chats_older",
                on_click=handler_older,
                args=(page.next_cursor,),
                icon="➡️",
            )


def render_my_chats() -> None:
    if ui_state.current_user() is None:
        st.info(tr("Sign in to see your chats."))
        return
    _render_message()
    chat_folders.render_message()
    query = st.text_input(
        tr("Search your chats"),
        key=SEARCH_FIELD,
        max_chars=MAX_SEARCH_CHARS,
        placeholder=tr("Words from a chat's title or recap"),
    )
    try:
        if query.strip():
            render_search_results(query)
        else:
            chat_folders.render_filters(on_change=handler_first_page)
            chat_folders.render_folder_manager()
            render_page()
        render_shared_links()
    except ui_state.EXPECTED_ERRORS as error:
        st.error(ui_state.error_message(error))
    render_export()
