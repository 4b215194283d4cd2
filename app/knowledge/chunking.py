"""Sources cut into passages of a few hundred tokens, each with the heading path it sits under."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from semantic_text_splitter import MarkdownSplitter

from api_util_openai import count_text_tokens
from knowledge.limits import LIMITS

# The splitter slows down sharply on long runs with no break in them (a 1 MB line without
# spaces, CJK without punctuation), so such runs are cut into windows of this many characters
# first and each window is split on its own: the work stays linear in the text.
_RUN_WINDOW = 1_000
_LONG_RUN = re.compile(r"\S{" + str(_RUN_WINDOW) + ",}")
_HEADING_SEPARATOR = " > "
# A passage this small (a lone heading) joins the next one rather than taking a result's place.
_STUB_TOKENS = 40


@dataclass(frozen=True)
class Chunk:
    source: int
    ordinal: int
    text: str
    tokens: int
    heading: str


@functools.lru_cache(maxsize=1)
def _splitter() -> MarkdownSplitter:
    return MarkdownSplitter.from_tiktoken_model(
        LIMITS.token_model,
        (LIMITS.chunk_min_tokens, LIMITS.chunk_max_tokens),
        overlap=LIMITS.chunk_overlap_tokens,
    )


def chunk_source(source: int, text: str) -> list[Chunk]:
    """The passages of one source (`source` is its index in the assistant's list)."""
    headings = _heading_starts(text)
    spans = _join_stubs(text, _pieces(text))
    return [
        Chunk(source, ordinal, piece, _tokens(piece), _heading_at(headings, offset))
        for ordinal, (offset, piece) in enumerate(spans)
    ]


def _tokens(text: str) -> int:
    return count_text_tokens(text, LIMITS.token_model)


def _join_stubs(text: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each tiny passage joined to the one after it; the heading is the later one's."""
    joined: list[tuple[int, str]] = []
    stub: tuple[int, str] | None = None
    for offset, piece in pieces:
        if stub is not None:
            joined.append((offset, text[stub[0] : offset + len(piece)]))
            stub = None
        elif _tokens(piece) < _STUB_TOKENS:
            stub = (offset, piece)
        else:
            joined.append((offset, piece))
    if stub is not None:
        joined.append(stub)
    return joined


def _pieces(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each passage, in order."""
    pieces: list[tuple[int, str]] = []
    position = 0
    for run in _LONG_RUN.finditer(text):
        pieces += _split(text, position, run.start())
        for start in range(run.start(), run.end(), _RUN_WINDOW):
            pieces += _split(text, start, min(start + _RUN_WINDOW, run.end()))
        position = run.end()
    pieces += _split(text, position, len(text))
    return pieces


def _split(text: str, start: int, end: int) -> list[tuple[int, str]]:
    if start >= end or not text[start:end].strip():
        return []
    return [(start + offset, piece) for offset, piece in _splitter().chunk_indices(text[start:end])]


def _heading_starts(text: str) -> tuple[list[int], list[str]]:
    """Offsets where each heading's section starts, and the heading path there."""
    line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
    tokens = MarkdownIt("commonmark").parse(text)
    offsets: list[int] = []
    paths: list[str] = []
    trail: list[tuple[int, str]] = []
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or token.map is None:
            continue
        level = int(token.tag[1])
        title = " ".join(tokens[index + 1].content.split())[:200]
        trail = [(lvl, name) for lvl, name in trail if lvl < level] + [(level, title)]
        offsets.append(line_starts[token.map[0]])
        paths.append(_HEADING_SEPARATOR.join(name for _lvl, name in trail))
    return offsets, paths


def _heading_at(headings: tuple[list[int], list[str]], offset: int) -> str:
    offsets, paths = headings
    index = bisect.bisect_right(offsets, offset) - 1
    return paths[index] if index >= 0 else ""
