"""Where the code below the UI reads the visitor's language from, without touching Streamlit's
session state: reading `st.session_state` is one of Streamlit's points of interruption, so a
`tr()` inside a domain call (a store error's message, a greeting being stored) would let a
second click stop that call half way. The language lives in session state for the UI and in
this map, keyed by the Streamlit session id (read from the run context, no interruption)."""

from __future__ import annotations

import threading
from collections import OrderedDict

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from i18n import use_language_from

LANGUAGE_KEY = "ui_language"  # the language this tab speaks, in session state
_MAX_SESSIONS = 10_000  # one short string each; a forgotten one is set again by the next run
_by_session: OrderedDict[str, str] = OrderedDict()
_lock = threading.Lock()


def _session_id() -> str | None:
    ctx = get_script_run_ctx(suppress_warning=True)
    return ctx.session_id if ctx is not None else None


def _current() -> str | None:
    session_id = _session_id()
    if session_id is None:
        return None
    with _lock:
        return _by_session.get(session_id)


def set_language(language: str) -> None:
    """This tab speaks `language` from now on, in this run's later calls too."""
    st.session_state[LANGUAGE_KEY] = language
    sync_language()


def sync_language() -> None:
    """Copy the session's language into the map (each run starts with this)."""
    session_id = _session_id()
    language = st.session_state.get(LANGUAGE_KEY)
    if session_id is None or language is None:
        return
    with _lock:
        _by_session[session_id] = language
        _by_session.move_to_end(session_id)
        while len(_by_session) > _MAX_SESSIONS:
            _by_session.popitem(last=False)


use_language_from(_current)
