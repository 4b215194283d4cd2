"""Graceful shutdown: when the server stops (Cloud Run sends SIGTERM, then waits 10 s before
killing), replies still streaming are stopped and stored as partial before the process exits.

Streamlit handles SIGTERM itself (signal handlers belong to the main thread, which page code
never runs in) by stopping its runtime; a watcher thread notices that and stops the turns.
The watcher is not a daemon, so the interpreter waits for it to finish storing; it also ends if
the main thread is gone, so it can never keep a process alive.
"""

from __future__ import annotations

import logging
import threading
import time

from streamlit.runtime import Runtime
from streamlit.runtime.runtime import RuntimeState

from api_sessions import stop_all_turns

logger = logging.getLogger(__name__)

_POLL_SECONDS = 0.2
_ENDING = (RuntimeState.STOPPING, RuntimeState.STOPPED)
_started = False
_lock = threading.Lock()


def watch_for_shutdown() -> None:
    """Start the watcher once per process (a flag check on every later run)."""
    global _started
    if _started or not Runtime.exists():  # AppTest has no server runtime to watch
        return
    with _lock:
        if _started:
            return
        _started = True
    threading.Thread(target=_watch, name="gptlab-shutdown", daemon=False).start()


def _watch() -> None:
    runtime = Runtime.instance()
    main = threading.main_thread()
    while runtime.state not in _ENDING:
        if not main.is_alive():
            return
        time.sleep(_POLL_SECONDS)
    stopped = stop_all_turns()
    logger.info("Server stopping: stored %d unfinished turn(s) as partial replies", stopped)
