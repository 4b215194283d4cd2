"""Assistant: find an assistant by code, see its details and past sessions, chat, and recap.

States: signed out -> sign-in; no assistant -> search; assistant, no session -> details;
session active -> chat; session concluded -> recap. `?assistant_id=<code>` opens an assistant,
`&session=<id>` one of the user's chats with it (My Chats links there).
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field

import streamlit as st

from api_bots import BotNotFound, BotProfile, get_bot, normalize_code
from api_sessions import (
    CONCLUDE_AFTER_USER_TURNS,
    STATUS_COMPLETED,
    ChatSession,
    create_session,
    end_session,
    rate_session,
    reload_session,
    resume_session,
)
from i18n import ntr, tr, tr_noop
from ui import spend_cap
from ui import state as ui_state
from ui.account import render_sidebar
from ui.assistant.conversation import ChatAction, ChatPanel
from ui.assistant.downloads import render_downloads
from ui.assistant.past_sessions import render_past_sessions
from ui.assistant.recap import left_recap, render_recap
from ui.assistant.share_box import render_share
from ui.assistant.shared_link import render_signed_out
from ui.avatars import avatar_alt, avatar_url
from ui.components import assistant_title
from ui.entry import run_through_entry_script
from ui.links import ASSISTANT_KEY, SESSION_KEY
from ui.signin import SignInForm
from ui.text import plain

BOT = "assistant_bot"
CHAT = "assistant_chat"
CODE_FIELD = "assistant_code"
MODEL_FIELD = "assistant_model"
SEARCH_ERROR = "assistant_search_error"
ERROR = "assistant_error"
QUERY_KEY = ASSISTANT_KEY
START_TOKEN = "assistant_start_token"
STARTING = "assistant_starting"
START_WAIT_SECONDS = 90.0  # the greeting's own time limit and retries fit in this
TEMPORARY_NOTE = tr_noop(
    "Temporary chat: nothing of it is saved, not the messages and not the title, and it is "
    "not in My Chats. Reloading or leaving the page ends it (download it first to keep it). "
    "What its replies cost still counts in this month's total."
)

SIGN_IN = SignInForm("assistant_signin")
PANEL = ChatPanel("assistant_chat_panel")


def _services():
    return ui_state.store(), ui_state.current_user(), ui_state.llm()


def _select(bot: BotProfile | None) -> None:
    st.session_state[BOT] = bot
    st.session_state[CHAT] = None
    st.session_state[ERROR] = None
    st.session_state.pop(MODEL_FIELD, None)
    PANEL.reset()
    st.query_params.pop(SESSION_KEY, None)
    if bot is None:
        st.query_params.pop(QUERY_KEY, None)
    else:
        st.query_params[QUERY_KEY] = bot.bot_id


def _show_chat(chat: ChatSession | None) -> None:
    """The chat on screen, and in the link: reloading the page or sharing it with oneself
    opens the same chat."""
    PANEL.reset()
    st.session_state[CHAT] = chat
    if chat is None or chat.session_id is None:  # a temporary chat has no link: reload ends it
        st.query_params.pop(SESSION_KEY, None)
    else:
        st.query_params[SESSION_KEY] = chat.session_id


def _open_linked_session(session_id: str) -> None:
    store, user, _ = _services()
    try:
        chat = resume_session(store, user, session_id)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[ERROR] = ui_state.error_message(error)
        _show_chat(None)
        return
    st.session_state[ERROR] = None
    _show_chat(chat)


def sync_with_link() -> None:
    """Open what the link names: the assistant, and the chat in `&session=` if there is one.

    A link without a session (the Lounge, a shared link) shows the assistant's page, not the
    chat this tab had open before.
    """
    wanted = st.query_params.get(SESSION_KEY)
    sync_assistant_with_link()
    chat: ChatSession | None = st.session_state.get(CHAT)
    if wanted and (chat is None or chat.session_id != wanted):
        _open_linked_session(wanted)
    elif not wanted and chat is not None and chat.is_stored and QUERY_KEY in st.query_params:
        _show_chat(None)


def sync_assistant_with_link() -> None:
    """Open the assistant named in `?assistant_id=`, or explain why it cannot be opened."""
    if QUERY_KEY not in st.query_params:
        return
    code = normalize_code(st.query_params.get(QUERY_KEY, ""))
    current = st.session_state.get(BOT)
    if current is not None and current.bot_id == code:
        return
    try:
        if not code:
            raise BotNotFound(tr("That link has no assistant code. Enter the code below."))
        bot = get_bot(ui_state.store(), code, ui_state.current_user().user_id)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[SEARCH_ERROR] = ui_state.error_message(error)
        _select(None)
        return
    st.session_state[SEARCH_ERROR] = None
    _select(bot)


# ---------------------------------------------------------------- handlers


def handler_search() -> None:
    code = normalize_code(st.session_state.get(CODE_FIELD, ""))
    st.session_state[SEARCH_ERROR] = None
    if not code:
        st.session_state[SEARCH_ERROR] = tr("Enter an assistant code first.")
        return
    try:
        _select(get_bot(ui_state.store(), code, ui_state.current_user().user_id))
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[SEARCH_ERROR] = ui_state.error_message(error)


def handler_find_another() -> None:
    _select(None)


@dataclass
class Starting:
    """A session being started. Filled in without touching session state: Streamlit stops a
    run at its next session-state access once another click asks for a rerun, and a session
    already stored must not be lost there."""

    done: threading.Event = field(default_factory=threading.Event)
    chat: ChatSession | None = None
    error: str | None = None


def start_token() -> str:
    """The token the Start buttons drawn in this run carry: each drawn button starts one session.

    A second click that lands while the first is starting the session runs in a new script
    run (Streamlit starts it in another thread): it finds the token spent, waits for the first
    to finish, and the page shows that one session.
    """
    if not st.session_state.get(START_TOKEN):
        st.session_state[START_TOKEN] = secrets.token_hex(8)
    return st.session_state[START_TOKEN]


def handler_start(token: str, temporary: bool = False) -> None:
    if st.session_state.get(START_TOKEN) != token:
        starting: Starting | None = st.session_state.get(STARTING)
        if starting is not None:
            starting.done.wait(timeout=START_WAIT_SECONDS)
        return
    bot: BotProfile | None = st.session_state.get(BOT)
    if bot is None:  # the assistant could not be opened (deleted, archived, private)
        return
    if not spend_cap.allows(handler_start, (token, temporary)):  # its greeting is a model call
        return
    st.session_state[START_TOKEN] = None
    starting = st.session_state[STARTING] = Starting()
    model = st.session_state.get(MODEL_FIELD) or None
    services, threshold = _services(), ui_state.settings().leak_threshold
    try:
        starting.chat = create_session(
            *services, bot.bot_id, model=model, leak_threshold=threshold, temporary=temporary
        )
    except ui_state.EXPECTED_ERRORS as error:
        starting.error = ui_state.error_message(error)
    finally:
        starting.done.set()
    ui_state.forget_chat_caches()


def adopt_started_session() -> None:
    """Show the session a Start click made, whichever run the click's own run was cut in."""
    starting: Starting | None = st.session_state.get(STARTING)
    if starting is None or not starting.done.is_set():
        return
    del st.session_state[STARTING]
    st.session_state[ERROR] = starting.error
    if starting.chat is not None:
        _show_chat(starting.chat)


def _load_past(session_id: str) -> ChatSession | None:
    store, user, _ = _services()
    try:
        return resume_session(store, user, session_id)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[ERROR] = ui_state.error_message(error)
        return None


def handler_resume(session_id: str) -> None:
    chat = _load_past(session_id)
    if chat is not None:
        chat.reopen()  # resuming reopens the conversation; the next turn stores it
        _show_chat(chat)


def handler_view_recap(session_id: str) -> None:
    """A concluded session as it ended: its recap, rating and transcript (not reopened)."""
    chat = _load_past(session_id)
    if chat is not None:
        _show_chat(chat)


def handler_reload() -> None:
    """Another tab wrote this chat: load it as stored, with this tab's messages added."""
    store, user, _ = _services()
    try:
        fresh = reload_session(store, user, st.session_state[CHAT])
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[ERROR] = ui_state.error_message(error)
        return
    st.session_state[ERROR] = None
    ui_state.forget_chat_caches()
    _show_chat(fresh)


def handler_continue() -> None:
    """Back from the recap to the conversation; the next message reopens it."""
    st.session_state[CHAT].reopen()
    PANEL.reset()


def handler_conclude() -> None:
    if not spend_cap.allows(handler_conclude):  # the recap is a model call
        return
    chat: ChatSession = st.session_state[CHAT]
    try:
        settings = ui_state.settings()
        end_session(*_services(), chat, settings.leak_threshold, settings.leak_judge)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[ERROR] = ui_state.error_message(error)
    ui_state.forget_chat_caches()


def handler_rate(liked: bool) -> None:
    try:
        rate_session(ui_state.store(), ui_state.current_user(), st.session_state[CHAT], liked)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[ERROR] = ui_state.error_message(error)


# ---------------------------------------------------------------- render


def render_error() -> None:
    message = st.session_state.get(ERROR)
    if message:
        st.error(message)


def render_search() -> None:
    st.title(tr("💬 Find an AI Assistant"))
    message = st.session_state.get(SEARCH_ERROR)
    if message:
        st.warning(message)
    with st.form("assistant_search_form", border=False):
        st.text_input(
            tr("Find an AI assistant by its code"),
            key=CODE_FIELD,
            placeholder=tr("e.g. k7m2p-qx9ad"),
        )
        st.form_submit_button(tr("Find"), on_click=handler_search, type="primary")
    if st.button(tr("Back to Lounge"), key="assistant_back_to_lounge"):
        st.switch_page("pages/lounge.py")


def render_model_choice(bot: BotProfile) -> None:
    models = list(ui_state.current_user().models)
    if not models:
        return
    index = models.index(bot.model) if bot.model in models else 0
    if bot.model not in models:
        st.caption(tr("Your key cannot use {model}; pick another model.", model=bot.model))
    st.selectbox(tr("Model"), models, index=index, key=MODEL_FIELD)


def render_details(bot: BotProfile) -> None:
    left, right = st.columns([1, 8], vertical_alignment="center")
    left.image(avatar_url(bot.name), width=64, alt=avatar_alt(bot.name))
    right.title(plain(assistant_title(bot.name, bot.tag_line)))
    st.markdown(plain(bot.description))
    render_model_choice(bot)
    render_error()
    st.button(
        tr("Start a new session with {name}", name=plain(bot.name)),
        key="assistant_start",
        type="primary",
        on_click=handler_start,
        args=(start_token(),),
    )
    st.button(
        tr("Start a temporary chat"),
        key="assistant_start_temporary",
        on_click=handler_start,
        args=(start_token(), True),
        icon="🫥",
        help=tr(TEMPORARY_NOTE),
    )
    st.button(
        tr("Find another AI assistant"),
        key="assistant_find_another",
        on_click=handler_find_another,
    )
    render_past_sessions(bot, handler_resume, handler_view_recap)


def render_chat(chat: ChatSession) -> None:
    st.header(tr("Chat with {name}", name=plain(chat.config.bot_name)))
    model = chat.config.model_config.model
    st.caption(
        tr("{title} · Model: {model}", title=plain(chat.title), model=model)
        if chat.title
        else tr("Model: {model}", model=model)
    )
    if chat.temporary:
        st.info(tr(TEMPORARY_NOTE), icon="🫥")
    render_error()
    PANEL.show(chat, on_reload=handler_reload, action=conclude_action(chat), editable=True)
    if chat.user_turns:
        with st.expander(tr("Download this chat")):
            render_downloads(chat, key="assistant_chat")
        if not chat.temporary:  # sharing would store it
            with st.expander(tr("Share this chat")):
                render_share(chat)


def conclude_action(chat: ChatSession) -> ChatAction:
    """Visible from the first message, so nobody has to discover it after three."""
    return ChatAction(
        label=tr("Conclude"),
        key="assistant_conclude",
        on_click=handler_conclude,
        help=tr("End the chat with {name} and get a recap.", name=plain(chat.config.bot_name)),
        unavailable=None
        if chat.can_conclude
        else ntr(
            "Conclude is available after {count} message ({so_far} so far).",
            "Conclude is available after {count} messages ({so_far} so far).",
            CONCLUDE_AFTER_USER_TURNS,
            so_far=chat.user_turns,
        ),
    )


# ---------------------------------------------------------------- state machine

run_through_entry_script()
render_sidebar()

if ui_state.current_user() is None:
    render_signed_out(SIGN_IN)
else:
    sync_with_link()
    adopt_started_session()
    active_chat: ChatSession | None = st.session_state.get(CHAT)
    chosen_bot: BotProfile | None = st.session_state.get(BOT)
    if active_chat is not None and active_chat.status == STATUS_COMPLETED and active_chat.recap:
        render_recap(
            active_chat, handler_rate, handler_continue, handler_start, start_token(), render_error
        )
    else:
        left_recap()
        if active_chat is not None:
            render_chat(active_chat)
        elif chosen_bot is not None:
            render_details(chosen_bot)
        else:
            render_search()
