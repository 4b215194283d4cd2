"""An assistant's knowledge: sources read from uploads or pastes, chunked and searched with BM25.

No Streamlit and no store here: the Lab and the chat keep sources and chunks where they like and
ask this package to read, chunk and search them.
"""

from __future__ import annotations

from knowledge.cache import INDEXES, cached_index, knowledge_digest
from knowledge.chunking import Chunk, chunk_source
from knowledge.index import KnowledgeIndex, Passage, build_index
from knowledge.limits import LIMITS, KnowledgeLimits, KnowledgeRefused
from knowledge.sources import SUFFIX_KINDS, Source, check_sources, read_paste, read_upload

__all__ = [
    "INDEXES",
    "LIMITS",
    "SUFFIX_KINDS",
    "Chunk",
    "KnowledgeIndex",
    "KnowledgeLimits",
    "KnowledgeRefused",
    "Passage",
    "Source",
    "build_index",
    "cached_index",
    "check_sources",
    "chunk_source",
    "knowledge_digest",
    "read_paste",
    "read_upload",
]
