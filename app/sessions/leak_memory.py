"""What a visitor's strict turns disclosed of an assistant's prompt, kept across their chats.

"Seven words of your instructions" asked once per new chat would otherwise start from nothing
each time. The guard's word-by-word evidence (`leak_guard.words`) is stored per visitor and
assistant, as prompt positions of the version in use (numbers, no text), in
`users/{user}/leak_memory/{bot}`; a new version of the prompt starts afresh. It is read when a
chat starts or resumes and written in the same batch as the turn that added to it.
"""

from __future__ import annotations

from typing import Any

from api_util_firebase import DocumentStore, WriteBatch, doc_path, utc_now
from sessions.config import SessionConfig

MAX_STORED_POSITIONS = 4_096


def memory_path(user_id: str, bot_id: str) -> str:
    return doc_path("users", user_id, "leak_memory", bot_id)


def version_key(config: SessionConfig) -> str:
    return f"{config.initial_prompt_id}/{config.summary_prompt_id}"


def load_word_memory(store: DocumentStore, user_id: str, config: SessionConfig) -> set[int]:
    """The positions this visitor's earlier strict turns disclosed of this version."""
    if not config.bot_id:
        return set()
    data: dict[str, Any] = store.get_or_none(memory_path(user_id, config.bot_id)) or {}
    if data.get("version") != version_key(config):
        return set()
    return {p for p in data.get("positions") or () if isinstance(p, int) and p >= 0}


def stage_word_memory(
    batch: WriteBatch, user_id: str, config: SessionConfig, positions: set[int]
) -> None:
    batch.set(
        memory_path(user_id, config.bot_id or ""),
        {
            "version": version_key(config),
            "positions": sorted(positions)[:MAX_STORED_POSITIONS],
            "last_modified_date": utc_now(),
        },
    )
