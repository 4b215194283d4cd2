"""Canaries: a rare marker at the end of each paragraph of the prompt the model is sent.

The creator never sees them (the Lab shows and stores the prompt as written); the model reads
them as the inert comments they are, and a reply that carries one, in any view (spelled out,
encoded, translated around it), is repeating the prompt. Each is derived from its paragraph,
so the same prompt always gets the same markers (a provider's prompt cache keeps working) and
nothing needs storing. They cost about six tokens per paragraph.
"""

from __future__ import annotations

import functools
import hashlib
import re

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to confuse
CANARY_CHARS = 8
MAX_CANARIES = 40
_PARAGRAPHS = re.compile(r"\n\s*\n")


def _canary(paragraph: str, number: int) -> str:
    digest = hashlib.blake2s(f"{number}\n{paragraph}".encode(), digest_size=CANARY_CHARS).digest()
    return "".join(_ALPHABET[byte % len(_ALPHABET)] for byte in digest)


def _paragraphs(prompt: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for gap in _PARAGRAPHS.finditer(prompt):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(prompt)))
    return [(a, b) for a, b in spans if prompt[a:b].strip()][:MAX_CANARIES]


@functools.lru_cache(maxsize=256)
def canaries(prompt: str) -> tuple[str, ...]:
    """The markers of a prompt's paragraphs, in order."""
    return tuple(_canary(prompt[a:b], n) for n, (a, b) in enumerate(_paragraphs(prompt)))


@functools.lru_cache(maxsize=256)
def with_canaries(prompt: str) -> str:
    """The prompt as the model is sent it: each paragraph ends with its marker."""
    pieces, position = [], 0
    for (_start, end), canary in zip(_paragraphs(prompt), canaries(prompt), strict=True):
        pieces.append(prompt[position:end])
        pieces.append(f" <!-- {canary} -->")
        position = end
    pieces.append(prompt[position:])
    return "".join(pieces)
