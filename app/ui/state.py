"""Who is signed in, and the per-user services every page shares.

The raw API key lives only here, in the browser session's memory. Pages get the store, the
settings and the user's LLM client from these helpers, and map errors with `error_message`.
"""

from __future__ import annotations

import logging

import streamlit as st

from account import move_to_key, resume_erasures
from api_bots import BotError, discard_stale_imports, seed_showcase
from api_sessions import SessionError, backfill_chat_order
from api_users import (
    KeyBoundStore,
    KeyRevoked,
    Progress,
    User,
    UserError,
    bound_store,
    clean_api_key,
    finish_rotation,
    get_create_user,
    saved_language,
)
from api_util_firebase import DocumentStore, DocumentTooLarge, StoreError, get_store
from api_util_openai import LLMClient, LLMError
from i18n import tr, tr_noop
from settings import Settings, SettingsError, get_settings
from ui.language_state import LANGUAGE_KEY, set_language

logger = logging.getLogger(__name__)

KEY_USER = "auth_user"
KEY_API_KEY = "auth_api_key"
KEY_LLM = "auth_llm"
KEY_STORE = "auth_store"  # the store bound to the signed-in key (users.key_bound)
KEY_REVOKED = "auth_key_revoked"  # this run found the key replaced: sign out once it ends
SIGNED_OUT = "account_signed_out"  # why this tab was signed out, said until the next sign-in
WELCOME = "auth_welcome"  # said once after a sign-in, on whichever page it happened

# A document over the database's limit is not an outage: retrying the same text fails again.
TOO_LARGE_MESSAGE = tr_noop(
    "This is too large to save (over 1 MB once stored). Shorten it and try again."
)
SETTINGS_MESSAGE = tr_noop(
    "GPT Lab is not set up correctly on this server. The operator can find the details in the "
    "server log."
)

# Everything the collection modules raise on purpose; anything else is a bug, logged.
EXPECTED_ERRORS = (UserError, BotError, SessionError, LLMError, StoreError, SettingsError)


def settings() -> Settings:
    return get_settings()


@st.cache_resource(show_spinner=False)
def _prepared_store() -> DocumentStore:
    """Once per server process: open the store, seed the showcase if allowed, and finish what
    a crash cut short (erasures, card imports)."""
    store = get_store()
    if get_settings().seed_showcase:
        seed_showcase(store)
    finished = resume_erasures(store)
    if finished:
        logger.info("Finished %d interrupted account erasure(s)", finished)
    backfill_chat_order(store)  # once per database: chats stored before folders
    discarded = discard_stale_imports(store)
    if discarded:
        logger.info("Removed what %d interrupted card import(s) had stored", discarded)
    return store


def store() -> DocumentStore:
    """The store for whatever this tab does: bound to the signed-in key, so a tab whose key
    was replaced in another tab reads and writes nothing more (KeyRevoked)."""
    user = current_user()
    if user is None:
        return _prepared_store()
    bound = st.session_state.get(KEY_STORE)
    if not isinstance(bound, KeyBoundStore) or bound.user is not user:
        bound = st.session_state[KEY_STORE] = bound_store(_prepared_store(), user)
    return bound


def shared_store() -> DocumentStore:
    """The process's store, bound to nobody: for what every visitor shares (the showcase)
    and for the account moves that change the key itself (sign-in, rotation, erasure)."""
    return _prepared_store()


def current_user() -> User | None:
    return st.session_state.get(KEY_USER)


def llm() -> LLMClient:
    return st.session_state[KEY_LLM]


def api_key() -> str:
    return st.session_state[KEY_API_KEY]


def make_llm(key: str) -> LLMClient:
    return LLMClient(key, base_url=settings().openai_base_url)


def sign_in(key: str, new_after_move: bool = False) -> User:
    """Validate the key, find or create the user, and keep key, user and client in memory.
    A key whose chats moved to another key raises KeyMoved unless `new_after_move`."""
    key = clean_api_key(key)
    client = make_llm(key)
    user = get_create_user(
        key,
        client,
        shared_store(),
        settings().global_salt,
        settings().allow_shared_keys,
        new_after_move=new_after_move,
    )
    if user.rotation_pending:  # a key change was cut short: finish moving the chats
        with st.spinner(tr("Finishing your key change…")):
            user = finish_rotation(shared_store(), user)
    use_saved_language(user)
    _signed_in(key, client, user, welcome_text(user))
    return user


def bring_chats(old_key: str, new_key: str, progress: Progress | None = None) -> User:
    """Move the old key's account, with its history, to the new key (checked with the
    provider; the old one only has to open the account), and sign this tab in with the new
    key. An empty account the new key opened is replaced; one that holds anything is not."""
    new_key = clean_api_key(new_key)
    client = make_llm(new_key)
    user = move_to_key(
        clean_api_key(old_key),
        new_key,
        client,
        shared_store(),
        settings().global_salt,
        progress=progress,
        allow_shared_keys=settings().allow_shared_keys,
    )
    use_saved_language(user)
    _signed_in(new_key, client, user, tr("Welcome back: your chats now open with your new key."))
    forget_chat_caches()
    return user


def use_saved_language(user: User) -> None:
    """A signed-in user's saved language wins over the browser's (one point read)."""
    try:
        saved = saved_language(shared_store(), user)
    except EXPECTED_ERRORS:
        saved = None
    if saved:
        set_language(saved)


def _signed_in(key: str, client: LLMClient, user: User, welcome: str) -> None:
    replace_user(key, client, user)
    st.session_state.pop("account_message", None)
    st.session_state.pop(SIGNED_OUT, None)
    st.session_state[WELCOME] = welcome


def welcome_text(user: User) -> str:
    """A new key opens a new, empty account: say so, so nobody wonders where their chats went."""
    if user.created:
        return tr(
            "New account created for this key. If you used GPT Lab with another key before, "
            "your chats are under that key: bring them here with **Bring my chats from an old "
            "key** in the sidebar."
        )
    return tr("Welcome back.")


def take_welcome() -> str | None:
    """The sign-in's welcome, once."""
    return st.session_state.pop(WELCOME, None)


def key_hint() -> str:
    """Which key is signed in ("sk-…0001"), without showing it."""
    key = api_key()
    prefix = "sk-" if key.startswith("sk-") else ""
    return f"{prefix}…{key[-4:]}" if len(key) >= 12 else "…"


def replace_user(key: str, client: LLMClient, user: User) -> None:
    st.session_state[KEY_API_KEY] = key
    st.session_state[KEY_LLM] = client
    st.session_state[KEY_USER] = user


def sign_out() -> None:
    """Forget the key and every per-user state of every page; the tab keeps its language."""
    for name in list(st.session_state.keys()):
        if name != LANGUAGE_KEY:
            del st.session_state[name]


# What pages keep of the user's chats and spend to avoid reading them on every rerun.
MONTH_SPEND = "account_month_spend"  # ui.account's (read at, month, spend)
CHAT_CACHES = (MONTH_SPEND, "lounge_chats_pages", "lounge_chats_index", "lounge_chats_folders")


def forget_chat_caches() -> None:
    """A chat was written: the next view of My Chats and the month's total reads again."""
    for name in CHAT_CACHES:
        st.session_state.pop(name, None)


def forget_month_spend() -> None:
    """A Lab call was counted: the sidebar's month-to-date reads again."""
    st.session_state.pop(MONTH_SPEND, None)


def sign_out_if_key_replaced(error: KeyRevoked | None = None) -> bool:
    """Sign out a tab whose key no longer opens its account (replaced or erased elsewhere),
    saying why until the next sign-in; whether it was."""
    message = str(error) if error else st.session_state.get(KEY_REVOKED)
    if not message:
        return False
    sign_out()
    st.session_state[SIGNED_OUT] = message
    return True


def error_message(error: Exception) -> str:
    """The one place an error becomes words on a page; unexpected errors never show details."""
    if isinstance(error, KeyRevoked):
        st.session_state[KEY_REVOKED] = str(error)  # the entry script signs out after the run
    if isinstance(error, SettingsError):
        logger.error("Settings error: %s", error)
        return tr(SETTINGS_MESSAGE)
    if isinstance(error, DocumentTooLarge):
        return tr(TOO_LARGE_MESSAGE)
    if isinstance(error, StoreError):
        return tr("GPT Lab's database is not answering right now. Please try again in a moment.")
    if isinstance(error, EXPECTED_ERRORS):
        return str(error)
    logger.exception("Unexpected error", exc_info=error)
    return tr("Something went wrong on our side. Please try again.")


PAGE = "app_page"  # the url path of the page this run draws
PREVIOUS_PAGE = "app_previous_page"  # and of the run before it (None on a session's first)


def note_page(url_path: str) -> None:
    """Called by the entry script before each page runs, so a page can tell a rerun of its
    own (a click, the browser's Back within it) from an arrival from another page."""
    st.session_state[PREVIOUS_PAGE] = st.session_state.get(PAGE)
    st.session_state[PAGE] = url_path


def came_from_another_page() -> bool:
    return st.session_state.get(PREVIOUS_PAGE) != st.session_state.get(PAGE)
