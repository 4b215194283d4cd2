"""Letters written as code words or as two-symbol groups, read back for the decoding stage.

Spelling alphabets: the NATO/ICAO words in their common spellings (Alfa/Alpha, Juliett/Juliet,
X-ray/Xray, Whiskey/Whisky), its digit words (Niner, Tree, Fife), words for a space and for
punctuation ("(space)", "Dash", "Stop"), characters kept in brackets ("[内]", "[,]") and the
German, French and Spanish spelling alphabets. Bacon's cipher: five-symbol groups of A/B or
0/1, or the case of a carrier text's letters (upper is B), read in both its alphabets (24 and
26 letters). A run with word separators reads back as words; without, as letters spelled out,
so that an item inside it still starts a token (`leak_guard.item_scan` joins tokens).

Every reader is one pass over its runs; the stage tries it only where its symbols stand.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

MIN_SPELLED_WORDS = 3  # code words in a run, or it is prose that happens to say "Golf"
MIN_SPELLED_SHARE = 0.25  # of a line's words, or it is prose
MIN_BACON_GROUPS = 3
MIN_CASE_LETTERS = 25  # letters of a carrier line whose case may hide Bacon groups
MIN_CASE_SHARE = 0.2  # words with a capital after a small letter, in such a line
MIN_CASE_WORDS = 5
MAX_CASE_WORD_CHARS = 16  # on average, or the line is no text
MAX_CASE_LINE_CHARS = 2_000

_LETTER_WORDS = {
    "nato": "alfa|alpha bravo charlie|charly delta echo foxtrot golf hotel india kilo lima "
    "mike november oscar papa quebec romeo sierra tango uniform victor whiskey|whisky "
    "xray|x-ray yankee zulu",
    "de": "anton berta|bertha casar dora emil friedrich gustav heinrich ida kaufmann ludwig "
    "martha nordpol otto paula quelle richard samuel|siegfried theodor ulrich wilhelm "
    "xanthippe ypsilon zacharias|zeppelin",
    "fr": "anatole berthe celestin desire eugene francois gaston henri irma kleber louis marcel "
    "nicolas pierre quintal raoul suzanne therese ursule william xavier yvonne zoe",
    "es": "antonio barcelona carmen dolores enrique francia gerona historia ines lorenzo madrid "
    "navarra oviedo paris querido ramon sabado tarragona ulises valencia washington "
    "xilofono yegua zaragoza",
}
_SKIPPED_LETTERS = {"nato": "j", "de": "jv", "fr": "jov", "es": "jk"}  # spelled with other words
_EXTRA_WORDS = {
    "juliett": "j", "juliet": "j", "julius": "j", "joseph": "j", "jose": "j", "viktor": "v",
    "zero": "0", "one": "1", "two": "2", "three": "3", "tree": "3", "four": "4", "fower": "4",
    "five": "5", "fife": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "niner": "9",
    "space": " ", "dash": "-", "hyphen": "-", "minus": "-", "stop": ".", "period": ".",
    "dot": ".", "point": ".", "decimal": ".", "comma": ",", "colon": ":", "slash": "/",
    "underscore": "_", "apostrophe": "'", "at": "@",
}  # fmt: skip
_WORD_SEPARATORS = frozenset(" /|")


def _spelling_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for table, spelled in _LETTER_WORDS.items():
        letters = [c for c in "abcdefghijklmnopqrstuvwxyz" if c not in _SKIPPED_LETTERS[table]]
        for letter, variants in zip(letters, spelled.split(), strict=True):
            for variant in variants.split("|"):
                words[variant.replace("-", "")] = letter
    return {**words, **_EXTRA_WORDS}


SPELLING_WORDS = _spelling_words()


def _trie_pattern(words: set[str]) -> str:
    """One alternation per shared prefix ("a(?:lfa|lpha|nton)"): the regex engine tries a
    position once per letter, not once per word."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        by_first.setdefault(word[:1], set()).add(word[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        if not first:
            continue
        tail = _trie_pattern(rests - {""}) if rests - {""} else ""
        if tail and "" in rests:
            tail = f"(?:{tail})?"
        branches.append(re.escape(first) + tail)
    if len(branches) == 1 and len(words) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" if branches else ""


# One token of a spelled run: a bracketed character, a word (X-ray), or any other symbol.
_SPELLED_TOKEN = re.compile(
    r"[\[(]([^\s\[\]()]{1,2}|space)[\])]|([^\W\d_]+(?:-[^\W\d_]+)?)|(\S)", re.IGNORECASE
)
_ANY_SPELLING_WORD = re.compile(
    r"\b" + _trie_pattern({w for w in SPELLING_WORDS if len(w) > 3}) + r"\b", re.IGNORECASE
)
_SPELLED_HIT = re.compile(
    _ANY_SPELLING_WORD.pattern + r"|[\[(](?:[^\s\[\]()]{1,2}|space)[\])]", re.IGNORECASE
)


def _plain(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in folded if c.isascii() and c.isalpha())


def might_be_spelled(reply: str) -> bool:
    return bool(_ANY_SPELLING_WORD.search(reply))


def spelled_words(reply: str) -> Iterator[str]:
    """Runs of spelling-alphabet words read back as the text they spell, in the lines where
    code words (or bracketed characters) are a good share of the words."""
    for line in reply.splitlines():
        hits = len(_SPELLED_HIT.findall(line))
        if hits >= MIN_SPELLED_WORDS and hits >= MIN_SPELLED_SHARE * (line.count(" ") + 1):
            yield from _spelled_runs(line)


def _spelled_runs(reply: str) -> Iterator[str]:
    run: list[str] = []  # what the run reads as so far
    letters = 0
    separated = False  # the run marks where words end
    for match in _SPELLED_TOKEN.finditer(reply):
        read = _read_spelled(*match.groups())
        if read is None:  # a word of prose ends the run
            if letters >= MIN_SPELLED_WORDS:
                yield _spelled_run(run, separated)
            run, letters, separated = [], 0, False
            continue
        run.append(read)
        letters += read.isalnum()
        separated = separated or (read in _WORD_SEPARATORS and letters > 0)
    if letters >= MIN_SPELLED_WORDS:
        yield _spelled_run(run, separated)


def _read_spelled(bracketed: str | None, word: str | None, symbol: str | None) -> str | None:
    """What one token of a run spells; None for a word that is no code word."""
    if bracketed is not None:
        return " " if bracketed.lower() == "space" else bracketed
    if word is not None:
        return SPELLING_WORDS.get(_plain(word))
    assert symbol is not None
    if symbol.isdigit():
        return symbol
    return " " if symbol in "/|" else ""


def _spelled_run(run: list[str], separated: bool) -> str:
    text = "".join(run)
    if separated:
        return " " + " ".join(text.split()) + " "
    return " " + " ".join(text.replace(" ", "")) + " "  # letters spelled out


# ---- Bacon's cipher
_BACON_24 = "abcdefghiklmnopqrstuwxyz"  # i/j and u/v share a code
_BACON_26 = "abcdefghijklmnopqrstuvwxyz"
_BACON_GROUPS = {
    "AB": re.compile(rf"(?<![A-Za-z])(?:[ABab]{{5}}(?:[ \t\n/|,;.-]+|$)){{{MIN_BACON_GROUPS},}}"),
    "01": re.compile(rf"(?<![0-9])(?:[01]{{5}}(?:[ \t\n/|,;.-]+|$)){{{MIN_BACON_GROUPS},}}"),
}
_GROUP = re.compile(r"[ABab01]{5}|[/|\n]| {2,}")
_MIXED_CASE_WORD = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_GROUP_START = re.compile(r"[ABab01]{5}[ \t\n/|,;.-]")
_CARRIER_WORD = re.compile(r" [A-Za-z]{0,12}(?:[a-z][A-Z]|[A-Z]{2}[a-z])[A-Za-z]{0,12}[ ,.]")


def might_be_bacon(reply: str) -> bool:
    return bool(_GROUP_START.search(reply)) or bool(_MIXED_CASE_WORD.search(reply))


def bacon_readings(reply: str) -> Iterator[str]:
    """Five-symbol groups of A/B or 0/1, and letter case in carrier lines, in both alphabets."""
    for pattern in _BACON_GROUPS.values():
        for match in pattern.finditer(reply):
            pieces = _GROUP.findall(match.group(0))
            codes = [_bits(p) if len(p) == 5 and p[0] not in " /|\n" else -1 for p in pieces]
            yield from _bacon_texts(codes)
    if not _CARRIER_WORD.search(reply):
        return
    for line in reply.splitlines():
        codes = _case_codes(line)
        if codes:
            yield from _bacon_texts(codes)
            yield from _bacon_texts([31 - code for code in codes])  # upper case read as A


def _bits(group: str) -> int:
    return int(group.upper().replace("A", "0").replace("B", "1"), 2)


def _case_codes(line: str) -> list[int]:
    """A line whose capitals stand inside words (a carrier text): its letters' case in fives."""
    words = line.count(" ") + 1
    if words < MIN_CASE_WORDS or len(line) > MAX_CASE_WORD_CHARS * words:
        return []  # no carrier text: a blob (base64 has capitals inside its "words" too)
    if len(_MIXED_CASE_WORD.findall(line)) < MIN_CASE_SHARE * words:
        return []
    letters = _ASCII_LETTERS.findall(line[:MAX_CASE_LINE_CHARS])
    if len(letters) < MIN_CASE_LETTERS:
        return []
    bits = "".join("1" if c.isupper() else "0" for c in letters)
    return [int(bits[i : i + 5], 2) for i in range(0, len(bits) - 4, 5)]


def _bacon_texts(codes: list[int]) -> Iterator[str]:
    """The groups read in each alphabet; -1 is a word break. Words where the groups marked
    them, else letters spelled out."""
    separated = -1 in codes
    for alphabet in (_BACON_26, _BACON_24):
        letters = [alphabet[c] if 0 <= c < len(alphabet) else " " if c < 0 else "" for c in codes]
        text = "".join(letters)
        yield " ".join(text.split()) if separated else " ".join(text)
