"""The decoding stage's ciphers that need the prompt: lines that are no words at all, and the
block they stand in, read as ciphers of the prompt's text.

Per line: Atbash, a rail fence and any fixed letter substitution (`leak_guard.ciphers`). Per
block (from the first such line to the last, the way a cipher that moves line breaks too
leaves it): a rail fence of 2 to 6 rails over all its characters, spaces kept or dropped,
where the best reading is kept only if it reads like the prompt (its character trigrams are
the prompt's); and Vigenère with an unknown key, found from the prompt itself: a key of
period L cancels out of the differences between letters L apart, so those differences of the
cipher are the prompt's own at the passage it encrypts. A few of them matched (as 6-grams)
give the passage, the passage gives the key, the key reads the whole block.

Work is linear in the block, times a constant (rails, key lengths); the prompt's side is built
once per prompt and cached. Chinese and Japanese lines count as no language when their
characters are the prompt's but almost none of their character pairs are (a transposition).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import accumulate, compress
from operator import sub

from leak_guard.ciphers import (
    MAX_CIPHER_LINE_CHARS,
    MAX_NOT_LANGUAGE_LINES,
    atbash,
    is_no_language,
    rail_fence_decode,
    rail_fence_start,
    substitution_reading,
)
from leak_guard.index import PromptIndex
from leak_guard.stage import MAX_STAGE_CHARS
from leak_guard.text import is_unspaced

RAIL_COUNTS = range(2, 7)
MAX_BLOCK_CHARS = 6_000  # a whole prompt fits
SCORE_SAMPLE = 400  # characters of a reading compared with the prompt
MIN_PROMPT_LIKE = 0.6  # share of a reading's trigrams that are the prompt's
MIN_GAIN = 0.25  # over the block as written
MAX_KEY_LENGTH = 12
KEY_GRAM = 6  # differences matched at once
KEY_SEARCH_LETTERS = 400  # of the cipher, from its first line, looked up in the prompt
MIN_KEY_VOTES = 3
MAX_GRAM_PLACES = 4
MIN_UNSPACED_CHARS = 8
MIN_DISTINCT_CHARS = 10  # text has this many different letters; a run of one letter has not
MAX_SCRAMBLED_PAIRS = 0.3  # of a line's character pairs that are the prompt's, or it is text
MIN_PROMPT_CHARS = 0.9  # of its characters that are the prompt's
_NOT_ALNUM = re.compile(r"[\W_]+")
_UNSPACED_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_BLANK = re.compile(r"\s+")
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NOT_LETTER = re.compile(r"[^a-z]+")
_LETTER_VALUE = bytes((b - 97) % 256 for b in range(256))
_PLUS_26 = bytes((b + 26) % 256 for b in range(256))
_MOD_26 = bytes(b % 26 for b in range(256))
_WORD_CHAR = re.compile(r"\w")


def _folded(text: str) -> str:
    """Lower case, accents dropped (as letter ciphers drop them)."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).lower()


def _letter_values(folded: str) -> bytes:
    """The a-z letters of folded text as 0-25."""
    return _NOT_LETTER.sub("", folded).encode("ascii").translate(_LETTER_VALUE)


def _alnum(text: str) -> str:
    return _NOT_ALNUM.sub("", _folded(text))


@functools.lru_cache(maxsize=64)
def _trigrams(prompt: str) -> frozenset[str]:
    stream = _alnum(prompt)
    return frozenset(stream[i : i + 3] for i in range(len(stream) - 2))


@functools.lru_cache(maxsize=64)
def _unspaced_chars(prompt: str) -> frozenset[str]:
    return frozenset("".join(_UNSPACED_RUN.findall(prompt)))


def prompt_like(text: str, prompt: str) -> float:
    """Share of the text's character trigrams (a sample) that occur in the prompt."""
    stream = _alnum(text[: SCORE_SAMPLE * 2])[:SCORE_SAMPLE]
    if len(stream) < 3:
        return 0.0
    grams = _trigrams(prompt)
    return sum(stream[i : i + 3] in grams for i in range(len(stream) - 2)) / (len(stream) - 2)


def _scrambled_unspaced(line: str, index: PromptIndex) -> bool:
    """A Chinese or Japanese line of the prompt's characters whose pairs are not the prompt's."""
    chars = "".join(_UNSPACED_RUN.findall(line))
    if len(chars) < MIN_UNSPACED_CHARS:
        return False
    known = _unspaced_chars(index.text)
    if sum(c in known for c in chars) < MIN_PROMPT_CHARS * len(chars):
        return False
    pairs = [chars[i : i + 2] for i in range(len(chars) - 1)]
    seen = sum(pair in index.vocabulary for pair in pairs if is_unspaced(pair))
    return seen <= MAX_SCRAMBLED_PAIRS * len(pairs)


def _cipher_lines(
    reply: str, index: PromptIndex, is_word: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """(start, end) of the lines that are no language, at most MAX_NOT_LANGUAGE_LINES."""
    text = reply[:MAX_STAGE_CHARS]
    lines = text.split("\n")
    starts = [total + number for number, total in enumerate(accumulate(map(len, lines), initial=0))]
    unspaced = bool(_UNSPACED_RUN.search(text))
    found = []
    for number in compress(range(len(lines)), map(_WORD_CHAR.search, lines)):  # C-level filter
        line = lines[number]
        if is_no_language(line, is_word) or (unspaced and _scrambled_unspaced(line, index)):
            found.append((starts[number], starts[number] + len(line)))
            if len(found) >= MAX_NOT_LANGUAGE_LINES:
                break
    return found


def cipher_readings(
    reply: str, index: PromptIndex, is_word: Callable[[str], bool]
) -> Iterator[tuple[str, str]]:
    """(cipher, reading) for the reply's lines and block that are no language."""
    lines = [span for span in _cipher_lines(reply, index, is_word) if _varied(reply, span)]
    if not lines:
        return
    reading = vigenere_reading(reply[: lines[-1][1]], lines[0][0], index.text)
    if reading:
        yield "Vigenère", reading
    reading = _best_transposition(reply, lines, index.text)
    if reading:
        yield "rail fence", reading
    for start, end in lines:
        line = reply[start:end].lower()[:MAX_CIPHER_LINE_CHARS]
        written = prompt_like(line, index.text)
        readings = [("Atbash", atbash(line))]
        readings += [("rail fence", rail_fence_decode(line, rails)) for rails in RAIL_COUNTS]
        readings.append(("letter substitution", substitution_reading(line, index.letter_patterns)))
        for name, text in readings:
            if text and _reads_like_prompt(text, written, index.text):
                yield name, text


def _reads_like_prompt(reading: str, written: float, prompt: str) -> bool:
    score = prompt_like(reading, prompt)
    return score >= MIN_PROMPT_LIKE and score >= written + MIN_GAIN


def _varied(reply: str, span: tuple[int, int]) -> bool:
    return len(set(reply[span[0] : min(span[1], span[0] + SCORE_SAMPLE)])) >= MIN_DISTINCT_CHARS


def _blocks(reply: str, lines: list[tuple[int, int]]) -> Iterator[str]:
    """The block from the first cipher line to the last; and reaching out to the line before
    and after it, or to its paragraph's edges (lines of the cipher that looked like words)."""
    first, last = lines[0][0], lines[-1][1]
    line_before = reply.rfind("\n", 0, max(0, first - 1)) + 1 if first > 0 else first
    paragraph_start = reply.rfind("\n\n", 0, first) + 2 if reply.rfind("\n\n", 0, first) >= 0 else 0
    line_after = reply.find("\n", last + 1)
    paragraph_end = reply.find("\n\n", last)
    ends = (last, len(reply) if line_after < 0 else line_after,
            len(reply) if paragraph_end < 0 else paragraph_end)  # fmt: skip
    for start in dict.fromkeys((first, line_before, paragraph_start)):
        for end in dict.fromkeys(ends):
            if 0 < end - start <= MAX_BLOCK_CHARS:
                yield reply[start:end]


def _best_transposition(reply: str, lines: list[tuple[int, int]], prompt: str) -> str | None:
    """The rail-fence reading of a block that reads most like the prompt, if one does (each
    is scored on its first SCORE_SAMPLE characters; only the best is decoded whole)."""
    best, best_score = None, MIN_PROMPT_LIKE
    for block in _blocks(reply, lines):
        written = prompt_like(block, prompt)
        for text in (block, _BLANK.sub("", block)):
            for rails in RAIL_COUNTS:
                score = prompt_like(rail_fence_start(text, rails, SCORE_SAMPLE), prompt)
                if score >= best_score and score >= written + MIN_GAIN:
                    best, best_score = (text, rails), score
    return rail_fence_decode(*best) if best else None


# ---- Vigenère with an unknown key


@functools.lru_cache(maxsize=64)
def _prompt_letters(prompt: str) -> bytes:
    return _letter_values(_folded(prompt))


def _differences(letters: bytes, period: int) -> bytes:
    """(letter i + period) - (letter i), mod 26, in C: 26 is added first to stay positive."""
    return bytes(map(sub, letters[period:].translate(_PLUS_26), letters)).translate(_MOD_26)


@functools.lru_cache(maxsize=256)
def _difference_grams(prompt: str, period: int) -> dict[bytes, tuple[int, ...]]:
    """Where each KEY_GRAM of the prompt's letter differences at this period stands."""
    differences = _differences(_prompt_letters(prompt), period)
    places: dict[bytes, list[int]] = {}
    for i in range(len(differences) - KEY_GRAM + 1):
        found = places.setdefault(differences[i : i + KEY_GRAM], [])
        if len(found) < MAX_GRAM_PLACES:
            found.append(i)
    return {gram: tuple(found) for gram, found in places.items()}


def vigenere_reading(text: str, cipher_start: int, prompt: str) -> str | None:
    """The text decrypted with the Vigenère key that makes its cipher part the prompt's
    letters, if the prompt shows one; None when no key fits."""
    folded = _folded(text[:MAX_BLOCK_CHARS])
    letters = _letter_values(folded)
    first = len(_letter_values(_folded(text[:cipher_start])))
    key = _key(letters, first, _prompt_letters(prompt), prompt)
    if key is None:
        return None
    out, i = [], 0
    for char in folded:
        if "a" <= char <= "z":
            out.append(chr((ord(char) - 97 - key[i % len(key)]) % 26 + 97))
            i += 1
        else:
            out.append(char)
    return "".join(out)


def _key(letters: bytes, first: int, plain: bytes, prompt: str) -> tuple[int, ...] | None:
    window = letters[first : first + KEY_SEARCH_LETTERS]
    for period in range(1, MAX_KEY_LENGTH + 1):
        grams = _difference_grams(prompt, period)
        votes: dict[int, list[int]] = {}  # prompt offset -> window letters matched there
        differences = _differences(window, period)
        for i in range(len(differences) - KEY_GRAM + 1):
            for j in grams.get(differences[i : i + KEY_GRAM], ()):
                votes.setdefault(j - i, []).append(i)
        matched = max(votes.values(), key=len, default=[])
        if len(matched) >= MIN_KEY_VOTES:
            shift = next(s for s, found in votes.items() if found is matched)
            span = range(matched[0], min(len(window), matched[-1] + KEY_GRAM + period))
            return _key_at(window, plain, shift, period, first, span)
    return None


def _key_at(
    window: bytes, plain: bytes, shift: int, period: int, first: int, span: range
) -> tuple[int, ...] | None:
    """Each key letter, by majority over the window's letters where they matched the prompt,
    as a key for the whole text (whose letters start `first` before the window)."""
    columns: list[Counter[int]] = [Counter() for _ in range(period)]
    for i in span:
        if 0 <= i + shift < len(plain):
            columns[(first + i) % period][(window[i] - plain[i + shift]) % 26] += 1
    if not all(columns):
        return None
    return tuple(column.most_common(1)[0][0] for column in columns)
