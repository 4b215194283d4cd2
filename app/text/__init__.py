"""Plain text helpers any layer may use: cleaning what people type or paste (keys, names)."""

from __future__ import annotations

from text.input import (
    InvalidKeyFormat,
    has_broken_characters,
    has_visible_text,
    mend_surrogates,
    normalize_api_key,
    strip_bidi_controls,
)

__all__ = [
    "InvalidKeyFormat",
    "has_broken_characters",
    "has_visible_text",
    "mend_surrogates",
    "normalize_api_key",
    "strip_bidi_controls",
]
