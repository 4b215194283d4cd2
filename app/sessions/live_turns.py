"""The turns streaming in this server process: how many may stream at once, and a shutdown
that stops and stores every one of them (Cloud Run sends SIGTERM and waits 10 s, far less
than a provider may take to finish a reply).

Weak references: a finished or abandoned turn is never kept alive by this. A turn leaves only
once it is stored, so a shutdown waits (on the turn's own lock) for one being stored.
"""

from __future__ import annotations

import logging
import threading
import weakref
from typing import Protocol

from i18n import tr
from sessions.model import SessionError

logger = logging.getLogger(__name__)


class _Stoppable(Protocol):
    def stop(self) -> None: ...


_live: weakref.WeakSet[_Stoppable] = weakref.WeakSet()
_lock = threading.Lock()


class ServerBusy(SessionError):
    """This server is writing as many replies as it takes at once; the message is not sent."""

    def __init__(self) -> None:
        super().__init__(
            tr(
                "GPT Lab is busy right now: many replies are being written at once. Your "
                "message was not sent and is still here; please try again in a moment."
            )
        )


def add(turn: _Stoppable) -> None:
    with _lock:
        _live.add(turn)


def discard(turn: _Stoppable) -> None:
    with _lock:
        _live.discard(turn)


def require_room(limit: int) -> None:
    """A saturated server says so before anything is sent or billed, never drops a turn."""
    with _lock:
        live = len(_live)
    if live >= limit:
        logger.warning("Refused a turn: %d replies streaming (limit %d)", live, limit)
        raise ServerBusy()


def stop_all_turns() -> int:
    """Stop every turn still streaming and store what was shown; how many there were."""
    with _lock:
        turns = list(_live)
    for turn in turns:
        turn.stop()
    return len(turns)
