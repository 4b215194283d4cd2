"""One index per assistant's knowledge per server, kept in a bounded least-recently-used cache.

Streamlit reruns a page on every click; building the index each time would cost seconds on large
knowledge. The cache is keyed by a digest of the chunks, so an edit makes a new key and the old
index ages out. It is bounded in indexes and in chunks held in all.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

from knowledge.chunking import Chunk
from knowledge.index import KnowledgeIndex, build_index
from knowledge.limits import LIMITS

# Changes whenever chunking or analysis changes, so stale indexes are never reused.
INDEX_VERSION = "knowledge-index-1"


def knowledge_digest(chunks: Sequence[Chunk]) -> str:
    """A digest of everything an index depends on."""
    digest = hashlib.sha256(INDEX_VERSION.encode())
    for chunk in chunks:
        for part in (str(chunk.source), str(chunk.ordinal), chunk.heading, chunk.text):
            encoded = part.encode("utf-8", "surrogatepass")
            digest.update(len(encoded).to_bytes(8, "big"))
            digest.update(encoded)
    return digest.hexdigest()


class IndexCache:
    """Least-recently-used indexes; a digest being built is built once, however many ask."""

    def __init__(self, max_indexes: int, max_chunks: int) -> None:
        self.max_indexes = max_indexes
        self.max_chunks = max_chunks
        self._indexes: OrderedDict[str, KnowledgeIndex] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[str, threading.Lock] = {}
        self.builds = 0

    def get(self, digest: str, load_chunks: Callable[[], Sequence[Chunk]]) -> KnowledgeIndex:
        found = self._lookup(digest)
        if found is not None:
            return found
        with self._lock:
            build_lock = self._building.setdefault(digest, threading.Lock())
        with build_lock:
            found = self._lookup(digest)
            if found is None:
                found = build_index(load_chunks())
                self.builds += 1
                self._keep(digest, found)
        with self._lock:
            self._building.pop(digest, None)
        return found

    def clear(self) -> None:
        with self._lock:
            self._indexes.clear()

    def _lookup(self, digest: str) -> KnowledgeIndex | None:
        with self._lock:
            found = self._indexes.get(digest)
            if found is not None:
                self._indexes.move_to_end(digest)
            return found

    def _keep(self, digest: str, index: KnowledgeIndex) -> None:
        if len(index) > self.max_chunks:
            return  # too large to keep: used once, then left to the garbage collector
        with self._lock:
            self._indexes[digest] = index
            while len(self._indexes) > self.max_indexes or self._held() > self.max_chunks:
                self._indexes.popitem(last=False)

    def _held(self) -> int:
        return sum(len(index) for index in self._indexes.values())


INDEXES = IndexCache(LIMITS.cache_max_indexes, LIMITS.cache_max_chunks)


def cached_index(digest: str, load_chunks: Callable[[], Sequence[Chunk]]) -> KnowledgeIndex:
    """The index for `digest`, built from `load_chunks()` only when this server lacks it."""
    return INDEXES.get(digest, load_chunks)
