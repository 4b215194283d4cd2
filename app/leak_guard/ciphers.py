"""Lines of a reply that are no words at all, read as ciphers of the prompt's words: Atbash, a
rail fence, and any fixed letter substitution, solved by matching each word's letter pattern
with the prompt's words (`leak_guard.stage` reads the codecs; these need the prompt)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from leak_guard.stage import MAX_STAGE_CHARS

_LETTERS = re.compile(r"[a-z]+")
_LONG_LETTERS = re.compile(r"[a-z]{24,}")
_ATBASH = str.maketrans("abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba")
RAIL_COUNTS = range(2, 7)
MIN_CIPHER_WORDS = 6
MAX_NOT_LANGUAGE_LINES = 64
MAX_CIPHER_LINE_CHARS = 2_000


def letter_pattern(word: str) -> tuple[int, ...]:
    """Where each letter first appeared: the same for a word and any fixed substitution of it
    ("letter" and "rszzsx" are both 0 1 2 2 1 3)."""
    seen: dict[str, int] = {}
    return tuple(seen.setdefault(char, len(seen)) for char in word)


def no_language_lines(reply: str, is_word: Callable[[str], bool]) -> list[str]:
    """Lines of at least MIN_CIPHER_WORDS letter words of which hardly any is a known word."""
    found = []
    for line in reply[:MAX_STAGE_CHARS].splitlines():
        words = _LETTERS.findall(line.lower())
        unknown_run = any(not is_word(run) for run in _LONG_LETTERS.findall(line.lower()))
        if unknown_run or (
            len(words) >= MIN_CIPHER_WORDS and sum(map(is_word, words)) <= len(words) // 6
        ):
            found.append(line.lower()[:MAX_CIPHER_LINE_CHARS])
            if len(found) >= MAX_NOT_LANGUAGE_LINES:
                break
    return found


def rail_fence_readings(line: str) -> Iterator[str]:
    for rails in RAIL_COUNTS:
        yield _rail_fence_decode(line, rails)


def _rail_fence_decode(text: str, rails: int) -> str:
    period = 2 * (rails - 1)
    rail_of = [min(i % period, period - i % period) for i in range(len(text))]
    order = sorted(range(len(text)), key=lambda i: rail_of[i])  # stable: positions by rail
    plain = [""] * len(text)
    for char, position in zip(text, order, strict=True):
        plain[position] = char
    return "".join(plain)


def atbash(line: str) -> str:
    return line.translate(_ATBASH)


def substitution_reading(line: str, patterns: dict[tuple[int, ...], tuple[str, ...]]) -> str | None:
    """The line read with the letter mapping its words agree on, found by matching each word's
    letter pattern with the prompt's words (`patterns`: pattern -> prompt words)."""
    words = sorted(set(_LETTERS.findall(line)), key=len, reverse=True)
    forward: dict[str, str] = {}
    backward: dict[str, str] = {}
    for word in words:
        if len(word) < 4:
            continue
        for candidate in patterns.get(letter_pattern(word), ()):
            if all(forward.get(c, p) == p and backward.get(p, c) == c
                   for c, p in zip(word, candidate, strict=True)):  # fmt: skip
                for c, p in zip(word, candidate, strict=True):
                    forward[c], backward[p] = p, c
                break
    if len(forward) < 8:
        return None
    return "".join(forward.get(char, "?") if char.isalpha() else char for char in line)
