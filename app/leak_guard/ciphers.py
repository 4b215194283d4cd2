"""Lines of a reply that are no words at all, read as ciphers of the prompt's words: Atbash, a
rail fence, and any fixed letter substitution, solved by matching each word's letter pattern
with the prompt's words (`leak_guard.stage` reads the codecs; these need the prompt)."""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import itemgetter

_LETTERS = re.compile(r"[a-z]+")
_LONG_LETTERS = re.compile(r"[a-z]{24,}")
_ATBASH = str.maketrans("abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba")
MIN_CIPHER_WORDS = 6
MAX_NOT_LANGUAGE_LINES = 64
MAX_CIPHER_LINE_CHARS = 2_000


def letter_pattern(word: str) -> tuple[int, ...]:
    """Where each letter first appeared: the same for a word and any fixed substitution of it
    ("letter" and "rszzsx" are both 0 1 2 2 1 3)."""
    seen: dict[str, int] = {}
    return tuple(seen.setdefault(char, len(seen)) for char in word)


def is_no_language(line: str, is_word: Callable[[str], bool]) -> bool:
    """At least MIN_CIPHER_WORDS letter words of which hardly any is a known word, or a run of
    letters too long for any word that is none."""
    lower = line.lower()
    if any(not is_word(run) for run in _LONG_LETTERS.findall(lower)):
        return True
    words = _LETTERS.findall(lower)
    return len(words) >= MIN_CIPHER_WORDS and sum(map(is_word, words)) <= len(words) // 6


def rail_fence_decode(text: str, rails: int) -> str:
    """The text as it was before it was written in zigzag over this many rails (the work is
    two sorts in C: no Python step per character)."""
    if len(text) < 2:
        return text
    period = 2 * (rails - 1)
    one_period = [min(i, period - i) for i in range(period)]
    rail_of = (one_period * (len(text) // period + 1))[: len(text)]
    order = sorted(range(len(text)), key=rail_of.__getitem__)  # stable: positions by rail
    return "".join(itemgetter(*sorted(range(len(text)), key=order.__getitem__))(text))


def rail_fence_start(text: str, rails: int, count: int) -> str:
    """The first `count` characters of `rail_fence_decode(text, rails)`, in O(count): where
    each comes from is arithmetic (the rails' lengths, then the place on its rail)."""
    n, period = len(text), 2 * (rails - 1)

    def on_residue(residue: int) -> int:
        return max(0, (n - residue + period - 1) // period)

    lengths = [on_residue(r) + (on_residue(period - r) if 0 < r < rails - 1 else 0)
               for r in range(rails)]  # fmt: skip
    starts = [sum(lengths[:r]) for r in range(rails)]
    out = []
    for position in range(min(n, count)):
        lap, residue = divmod(position, period)
        rail = min(residue, period - residue)
        place = lap if rail in (0, rails - 1) else 2 * lap + (residue != rail)
        out.append(text[starts[rail] + place])
    return "".join(out)


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
