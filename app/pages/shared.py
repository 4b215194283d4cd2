"""A shared chat: a read-only snapshot opened with the key in the link's fragment.

States: no link -> explain; key not yet read -> wait for the browser; link refused (not found,
revoked, wrong key) -> say which; opened -> the conversation, and for someone signed in
"Continue as my own chat". `?link=<id>` names the snapshot; the key after `#` never reaches
the server as part of a request: ui.link_fragment reads it in the browser.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from api_sessions import SharedChat, continue_shared_chat, open_shared_chat
from i18n import format_day, tr
from ui import state as ui_state
from ui.account import render_sidebar
from ui.assistant.conversation import render_message
from ui.entry import run_through_entry_script
from ui.link_fragment import link_fragment
from ui.links import ASSISTANT_KEY, SESSION_KEY, SHARED_LINK_KEY
from ui.signin import SignInForm
from ui.text import plain

OPENED = "shared_opened"  # (link id, SharedChat): the decrypted snapshot; the key is not kept
REFUSED = "shared_refused"  # (link id, message): why this link does not open
KEY_GIVEN = "shared_link_key"  # the fragment, for the one run that opens the link
FRAGMENT = "shared_fragment_reader"
ERROR = "shared_error"
CONTINUED = "shared_continued"  # (bot id, session id) of the reader's new copy
SIGN_IN = SignInForm("shared_signin")


def _link_id() -> str:
    return st.query_params.get(SHARED_LINK_KEY, "")


def _opened(link_id: str) -> SharedChat | None:
    held = st.session_state.get(OPENED)
    return held[1] if held and held[0] == link_id else None


def _refusal(link_id: str) -> str | None:
    held = st.session_state.get(REFUSED)
    return held[1] if held and held[0] == link_id else None


def open_with_key(link_id: str, key: str) -> None:
    """Decrypt the snapshot once; the key is used here and forgotten with this call."""
    try:
        shared = open_shared_chat(ui_state.store(), link_id, key)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[REFUSED] = (link_id, ui_state.error_message(error))
        return
    st.session_state.pop(REFUSED, None)
    st.session_state[OPENED] = (link_id, shared)


def _shared_day(iso_day: str) -> str:
    """The day a link was made, as the visitor's language writes dates."""
    try:
        return format_day(date.fromisoformat(iso_day))
    except ValueError:
        return plain(iso_day)


# ---------------------------------------------------------------- handlers


def handler_continue(shared: SharedChat) -> None:
    try:
        chat = continue_shared_chat(ui_state.store(), ui_state.current_user(), shared)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[ERROR] = ui_state.error_message(error)
        return
    st.session_state[ERROR] = None
    ui_state.forget_chat_caches()
    st.session_state[CONTINUED] = (chat.config.bot_id, chat.session_id)


# ---------------------------------------------------------------- render


def render_no_link() -> None:
    st.title(tr("🔗 Shared chat"))
    st.info(
        tr("This page shows a chat someone shared with you. Open the whole link you were sent.")
    )


def render_waiting() -> None:
    st.title(tr("🔗 Shared chat"))
    st.caption(tr("Opening the shared chat…"))


def render_refused(message: str) -> None:
    st.title(tr("🔗 Shared chat"))
    st.error(plain(message))


def render_continue(shared: SharedChat) -> None:
    error = st.session_state.get(ERROR)
    if error:
        st.error(plain(error))
    if ui_state.current_user() is None:
        SIGN_IN.show(
            tr(
                "Sign in to continue this chat with {name} as your own.",
                name=plain(shared.bot_name),
            )
        )
        return
    st.button(
        tr("Continue as my own chat"),
        key="shared_continue",
        type="primary",
        on_click=handler_continue,
        args=(shared,),
        help=tr(
            "A copy of this conversation in your chats, with {name}.", name=plain(shared.bot_name)
        ),
    )


def render_shared(shared: SharedChat) -> None:
    st.title(f"🔗 {plain(shared.title)}" if shared.title else tr("🔗 Shared chat"))
    st.caption(
        tr(
            "A chat with {name}, shared on {day} · {model} · read-only copy: its owner can stop "
            "sharing it at any time",
            name=plain(shared.bot_name),
            day=_shared_day(shared.shared_date),
            model=plain(shared.model),
        )
    )
    for message in shared.messages:
        render_message(message.role, message.content, shared.bot_name, sources=message.sources)
    render_continue(shared)


# ---------------------------------------------------------------- state machine

run_through_entry_script()
render_sidebar()

continued = st.session_state.pop(CONTINUED, None)
if continued:
    bot_id, session_id = continued
    st.switch_page(
        "pages/assistant.py", query_params={ASSISTANT_KEY: bot_id, SESSION_KEY: session_id}
    )
link_id = _link_id()
given_key = st.session_state.pop(KEY_GIVEN, None)  # tests hand the fragment in here
if link_id and given_key is not None:
    open_with_key(link_id, given_key)
if not link_id:
    render_no_link()
elif (opened := _opened(link_id)) is not None:
    render_shared(opened)
elif (refused := _refusal(link_id)) is not None:
    render_refused(refused)
else:
    fragment = link_fragment(FRAGMENT)  # mounted only until the link is opened
    if fragment is None:
        render_waiting()
    else:
        open_with_key(link_id, fragment)
        st.rerun()  # the next run draws the chat and no longer holds the fragment
