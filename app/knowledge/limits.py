"""What a knowledge source may weigh, and the one error every refusal becomes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KnowledgeLimits:
    """Bounds on what one assistant's knowledge may hold, checked before any costly work."""

    max_sources: int = 20
    max_file_bytes: int = 10_000_000
    max_pdf_pages: int = 500
    max_source_tokens: int = 300_000
    max_total_tokens: int = 1_000_000
    # Up to this many tokens in all, the knowledge goes whole into the model's context.
    whole_context_tokens: int = 6_000
    # Text longer than this cannot fit in max_source_tokens (a token is rarely over 10
    # characters), so it is refused before counting tokens.
    max_text_chars: int = 3_000_000
    # A .docx is a zip: its directory is read first, so a bomb is refused before decompressing.
    max_zip_members: int = 2_000
    max_unzipped_bytes: int = 100_000_000
    # A crafted PDF can make extraction slow: stop and refuse past this budget.
    max_parse_seconds: float = 30.0
    max_title_chars: int = 120
    chunk_min_tokens: int = 150
    chunk_max_tokens: int = 300
    chunk_overlap_tokens: int = 30
    # The process-wide index cache: bounded in indexes and in chunks held in all.
    cache_max_indexes: int = 32
    cache_max_chunks: int = 300_000
    # Token counts use this model's vocabulary (o200k, the vocabulary of current models).
    token_model: str = "gpt-4o"


LIMITS = KnowledgeLimits()


class KnowledgeRefused(Exception):
    """A source GPT Lab will not take; `message` names it by title and never quotes it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
