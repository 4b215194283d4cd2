"""An assistant's knowledge as stored: which sources a version uses, and their texts.

A source's text is stored once per creator, addressed by its content
(`users/{id}/knowledge_texts/{digest}_{part}`), in parts well under Firestore's 1 MiB per
document, written in one batch when the creator adds it (before any save) and never changed.
A version names its sources in a never-changed `bots/{code}/knowledge/{id}` document (title,
kind, mark, tokens, digest), so adding, removing or re-marking a source makes a new version,
restoring brings back the old set, and no save ever copies a text. Texts are plain, like the
prompts: the server needs them to answer any visitor. Deleting an assistant removes the texts
no other assistant of its creator uses; erasing the account removes them all.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from datetime import datetime

from api_util_firebase import (
    DocumentNotFound,
    DocumentStore,
    WriteBatch,
    doc_path,
    flush_if_full,
)
from bots.draft import BotError
from bots.knowledge_source import KnowledgeSource, sources_from
from i18n import tr

TEXT_PART_CHARS = 200_000  # 800 KB at most in UTF-8: one part always fits a document
_CACHE_CHARS = 50_000_000  # texts kept in memory per server (each is immutable)


class KnowledgeMissing(BotError):
    """A source's text is gone (its assistant was deleted while a draft still named it)."""

    def __init__(self, title: str) -> None:
        super().__init__(
            tr(
                "The text of the source '{title}' is no longer stored. Remove it and add the "
                "file again.",
                title=title,
            )
        )


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:40]


def _part_count(chars: int) -> int:
    return max(1, -(-chars // TEXT_PART_CHARS))


def _part_path(owner_id: str, digest: str, part: int) -> str:
    return doc_path("users", owner_id, "knowledge_texts", f"{digest}_{part}")


def stage_text(store: DocumentStore, owner_id: str, text: str) -> str:
    """Store a source's text for its creator (one batch, all parts or none); its digest.
    Adding the same text again writes nothing."""
    digest = text_digest(text)
    parts = _part_count(len(text))
    if store.get_or_none(_part_path(owner_id, digest, parts - 1)) is not None:
        return digest  # the last part is written with the others: all are there
    batch = store.batch()
    for part in range(parts):
        chunk = text[part * TEXT_PART_CHARS : (part + 1) * TEXT_PART_CHARS]
        batch.set(_part_path(owner_id, digest, part), {"text": chunk, "part": part})
    batch.commit()
    return digest


class _TextCache:
    """Texts by digest, least recently used out first, bounded in characters."""

    def __init__(self, limit: int) -> None:
        self._limit, self._size = limit, 0
        self._texts: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            text = self._texts.get(key)
            if text is not None:
                self._texts.move_to_end(key)
            return text

    def put(self, key: str, text: str) -> None:
        with self._lock:
            if key in self._texts or len(text) > self._limit:
                return
            self._texts[key] = text
            self._size += len(text)
            while self._size > self._limit:
                _, dropped = self._texts.popitem(last=False)
                self._size -= len(dropped)


_TEXTS = _TextCache(_CACHE_CHARS)


def load_text(store: DocumentStore, owner_id: str, source: KnowledgeSource) -> str:
    """A source's text (point reads of its parts, then from memory: texts never change)."""
    key = f"{owner_id}/{source.digest}"
    cached = _TEXTS.get(key)
    if cached is not None:
        return cached
    pieces = []
    for part in range(_part_count(source.chars)):
        data = store.get_or_none(_part_path(owner_id, source.digest, part))
        if data is None:
            raise KnowledgeMissing(source.title)
        pieces.append(str(data.get("text", "")))
    text = "".join(pieces)
    _TEXTS.put(key, text)
    return text


def knowledge_path(bot_id: str, knowledge_id: str) -> str:
    return doc_path("bots", bot_id, "knowledge", knowledge_id)


def add_knowledge(
    batch: WriteBatch,
    bot_id: str,
    owner_id: str,
    sources: Sequence[KnowledgeSource],
    when: datetime,
    knowledge_id: str,
) -> None:
    """A version's never-changed list of sources (its texts were staged when added)."""
    batch.create(
        knowledge_path(bot_id, knowledge_id),
        {
            "owner_id": owner_id,
            "sources": [source.to_dict() for source in sources],
            "created_date": when,
        },
    )


def require_texts(store: DocumentStore, owner_id: str, sources: Iterable[KnowledgeSource]) -> None:
    """Every source's text is stored (checked before a save names them)."""
    for source in sources:
        last = _part_path(owner_id, source.digest, _part_count(source.chars) - 1)
        if store.get_or_none(last) is None:
            raise KnowledgeMissing(source.title)


def load_sources(
    store: DocumentStore, bot_id: str, knowledge_id: str
) -> tuple[str, tuple[KnowledgeSource, ...]]:
    """Whose texts, and the sources a version names (no knowledge: no sources). One read."""
    if not knowledge_id:
        return "", ()
    try:
        data = store.get(knowledge_path(bot_id, knowledge_id))
    except DocumentNotFound:
        return "", ()
    return str(data.get("owner_id", "")), sources_from(data.get("sources"))


def delete_own_texts(store: DocumentStore, bot_id: str) -> None:
    """Delete the texts an assistant's versions name that no other assistant of the same
    creator names (before the assistant itself is deleted)."""
    named: dict[str, set[str]] = {}
    for _, data in store.query(f"bots/{bot_id}/knowledge"):
        owner = str(data.get("owner_id", ""))
        if owner:
            named.setdefault(owner, set()).update(
                s.digest for s in sources_from(data.get("sources"))
            )
    for owner, digests in named.items():
        unused = digests - digests_in_use(store, owner, except_bot=bot_id)
        batch = store.batch()
        for part_id, _ in store.query(f"users/{owner}/knowledge_texts"):
            if part_id.rsplit("_", 1)[0] in unused:
                batch.delete(doc_path("users", owner, "knowledge_texts", part_id))
                batch = flush_if_full(batch)
        batch.commit()


def digests_in_use(store: DocumentStore, owner_id: str, except_bot: str = "") -> set[str]:
    """Every digest a version of the creator's other assistants names."""
    used: set[str] = set()
    for bot_id, _ in store.query("bots", {"creator_user_id": owner_id}):
        if bot_id == except_bot:
            continue
        for _, data in store.query(f"bots/{bot_id}/knowledge"):
            used |= {source.digest for source in sources_from(data.get("sources"))}
    return used


def delete_unused_texts(store: DocumentStore, owner_id: str, keep: set[str] | None = None) -> int:
    """Delete the creator's texts whose digest is not in `keep` (None: delete all); how many
    parts were deleted. Safe to run again."""
    batch = store.batch()
    deleted = 0
    for part_id, _ in store.query(f"users/{owner_id}/knowledge_texts"):
        if keep is not None and part_id.rsplit("_", 1)[0] in keep:
            continue
        batch.delete(doc_path("users", owner_id, "knowledge_texts", part_id))
        deleted += 1
        batch = flush_if_full(batch)
    batch.commit()
    return deleted
