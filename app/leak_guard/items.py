"""Secret items: the codes, amounts, passphrases and names inside what a prompt calls secret.

A secret sentence is protected as text like any other, but its items are what an attacker is
after: "the floor is $41,500", "the staff code is maple-thanks-10", "escalate to Dana Whitfield".
A reply that gives one item away leaks, however few of the sentence's other words it carries.
An item is matched whole, on its canonical tokens joined (so "MAPLE THANKS 10",
"maple_thanks_10" and "M-A-P-L-E-T-H-A-N-K-S-1-0" are one item), in every view of the reply,
and never by one word of it: a code made of common words does not make "thanks" a tripwire.
A short number ("62 percent", "4,2 Cent") says little alone: it counts only with a word of its
own secret sentence close by ("our margin ... 62%").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from leak_guard.text import canonical_tokens, fold

MIN_ITEM_CHARS = 3
MAX_ITEM_CHARS = 48
MAX_ITEM_WORDS = 5
MAX_ITEMS = 64
MIN_LETTERS_KEY = 6
MAX_CANDIDATES = 256  # looked at per prompt: a real one has a few dozen
STANDALONE_DIGITS = 3  # a number with this many digits is distinctive on its own
CONTEXT_WINDOW = 8  # tokens either side of a short number that may carry its sentence's word

# Digits and symbols read as letters, applied to both sides so that "maplethanks10" written as
# one leetspeak-folded token and "maple thanks 10" compare equal.
DIGIT_FOLD = str.maketrans("0134567892", "oieasgtbgz")
# Every pattern here is linear: one start per word, no quantifier that can split a run two ways.
_COMPOUND = re.compile(r"(?<![^\W_])[^\W_]+(?:[-_./:+#][^\W_]+)+")
_CAPS = re.compile(r"(?<![^\W\d_])[A-Z][A-Z0-9]{2,}(?![^\W\d_])")
_MIXED = re.compile(r"\b(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]{3,}\b")
_NUMBER = re.compile(
    r"(?<![\w.,])[$€£¥₹]?\s?\d+(?:[.,' ]\d+)*(?![\w])|(?<![\w.,])\d+(?=[万億円원元%])"
)
_QUOTED = re.compile(r"\"([^\"\n]{2,60}?)\"|“([^”\n]{2,60}?)”|«([^»\n]{2,60}?)»"
                     r"|「([^」\n]{1,30}?)」|『([^』\n]{1,30}?)』"
                     r"|‘([^’\n]{2,60}?)’|„([^“\n]{2,60}?)“")  # fmt: skip
_NAMING = re.compile(
    r"\b(?:pass\s?phrase|password|passcode|pass\s?word|code\s?name|code\s?word|code|keyword|"
    r"pin|key|contraseña|clave|c[oó]digo|palabra clave|kennwort|passwort|codewort|"
    r"mot de passe|mot-clé|nom de code|senha|palavra-passe|código|nome de código)"
    r"\s*(?:is|are|es|ist|lautet|est|é|:)?\s*[:：]?\s*"
    r"|(?:暗号|合言葉|パスワード|コードネーム|コード|密码|口令|代号|暗号|암호|비밀번호|코드명|코드)"
    r"\s*(?:は|是|为|為|는|은|:|：)?\s*",
    re.IGNORECASE,
)
_VALUE_WORD = r"[^\s.,;:!?()\[\]\"“”«»「」。、，；：！？]+"
_NAMED_VALUE = re.compile(rf"{_VALUE_WORD}(?:[ \t]+{_VALUE_WORD}){{0,3}}")
_TITLE_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}\b")
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")  # "the Osprey migration": a name, in English
_UNIT = re.compile(
    r"\s?(?:%|％|percent|per cent|por ciento|prozent|pour cent|por cento|cents?|euros?|dollars?|"
    r"pounds?|€|\$|£|¥|万|億|円|원|元|块)",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(r"[$€£¥₹]\s?$")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*[-*•]?\s*)$")


@dataclass(frozen=True)
class SecretItem:
    """One item: its folded tokens, its key (them joined), and where it stands in the prompt."""

    tokens: tuple[str, ...]
    text: str
    start: int
    needs_context: bool

    @property
    def key(self) -> str:
        return "".join(self.tokens)


def folded_tokens(text: str) -> tuple[str, ...]:
    """Canonical tokens with digits folded as letters (both sides of every item comparison)."""
    return tuple(token.translate(DIGIT_FOLD) for token, _ in canonical_tokens(text))


def _digits(text: str) -> int:
    return sum(char.isdigit() for char in text)


def _candidates(sentence: str, language: str) -> list[tuple[int, str]]:
    """(offset, text) of everything in a secret sentence that looks like an item."""
    found: list[tuple[int, str]] = []
    for pattern in (_COMPOUND, _CAPS, _MIXED):
        found += [(m.start(), m.group(0).strip()) for m in pattern.finditer(sentence)]
    for match in _NUMBER.finditer(sentence):
        number = match.group(0).strip()
        # A short bare number ("Trail 7", "3 months") is no item; with a unit it is ("62 %").
        if (
            _digits(number) >= STANDALONE_DIGITS
            or _CURRENCY_BEFORE.search(sentence[max(0, match.start() - 2) : match.start() + 1])
            or number[0] in "$€£¥₹"
            or _UNIT.match(sentence, match.end())
        ):
            found.append((match.start(), number))
    names = (_TITLE_RUN,) if language == "de" else (_TITLE_RUN, _TITLE_WORD)  # German: nouns
    for pattern in names:  # names, passphrases; not a sentence's first word
        for match in pattern.finditer(sentence):
            if not _SENTENCE_START.search(sentence[max(0, match.start() - 6) : match.start()]):
                found.append((match.start(), match.group(0)))
    for match in _QUOTED.finditer(sentence):
        group = next(i for i in range(1, 8) if match.group(i) is not None)
        if len(match.group(group).split()) <= MAX_ITEM_WORDS:
            found.append((match.start(group), match.group(group)))
    for match in _NAMING.finditer(sentence):
        value = _NAMED_VALUE.match(sentence, match.end())
        if value and match.end() > match.start() + 2:
            found.append((value.start(), value.group(0)))
    return _outermost(found)


def _outermost(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Candidates not inside a longer one: "MAPLE" of "MAPLE-THANKS-10" is no item alone."""
    spans = sorted({(start, start + len(text), text) for start, text in found},
                   key=lambda span: (span[0], -span[1]))  # fmt: skip
    kept: list[tuple[int, str]] = []
    reach = -1
    for start, end, text in spans:
        if end <= reach:
            continue
        kept.append((start, text))
        reach = max(reach, end)
    return kept


_STOP_KEYS = frozenset(
    "the and for you your our not never internal confidential secret private staff only note "
    "rule rules code codes password passphrase intern interne interno vertraulich".split()
)


class PublicText:
    """The prompt's folded tokens outside its secret spans: an item also written there (a
    product name, a public price) is not a secret."""

    def __init__(self, prompt: str, secret: tuple[tuple[int, int], ...]) -> None:
        pieces, position = [], 0
        for start, end in sorted(secret):
            if start > position:
                pieces.append(prompt[position:start])
            position = max(position, end)
        pieces.append(prompt[position:])
        self._text = " | ".join(" ".join(folded_tokens(piece)) for piece in pieces)
        self._text = f" {self._text} "

    def has(self, tokens: tuple[str, ...]) -> bool:
        return f" {' '.join(tokens)} " in self._text


def extract_items(
    prompt: str, secret: tuple[tuple[int, int], ...], language: str = "en"
) -> list[SecretItem]:
    """The items of the prompt's secret spans, at most MAX_ITEMS."""
    public = PublicText(prompt, secret)
    items: dict[tuple[str, ...], SecretItem] = {}
    looked_at = 0
    for start, end in secret:
        for offset, text in _candidates(prompt[start:end], language):
            looked_at += 1
            if looked_at > MAX_CANDIDATES:
                return list(items.values())
            item = _item(text, start + offset, public)
            if item and item.tokens not in items:
                items[item.tokens] = item
            if len(items) >= MAX_ITEMS:
                return list(items.values())
    return list(items.values())


def _item(text: str, start: int, public: PublicText) -> SecretItem | None:
    tokens = folded_tokens(text)
    key = "".join(tokens)
    digits = _digits(text)
    if not tokens or len(key) > MAX_ITEM_CHARS or len(text.split()) > MAX_ITEM_WORDS:
        return None
    if (len(key) < MIN_ITEM_CHARS and not digits) or fold(text).strip() in _STOP_KEYS:
        return None
    if public.has(tokens):
        return None
    letters = sum(char.isalpha() for char in text)
    needs_context = bool(digits) and not letters and digits < STANDALONE_DIGITS
    return SecretItem(tokens, text, start, needs_context)


def item_prefixes(keys: Iterable[str]) -> frozenset[str]:
    """Every proper prefix of every key: a match in progress may still become an item."""
    return frozenset(key[:k] for key in keys for k in range(1, len(key)))


def by_letters(items: list[SecretItem]) -> dict[str, SecretItem]:
    """Items by their letters alone, for decodings that cannot carry digits (Bacon's cipher,
    Polybius, keypad taps): "HARBOR-LIGHT-42" is "harborlight" there. An item left with
    fewer than MIN_LETTERS_KEY letters says too little without its digits."""
    found = {}
    for item in items:
        if not _digits(item.text):
            found[item.key] = item
            continue
        letters = "".join(
            c for token, _ in canonical_tokens(item.text) for c in token if c.isalpha()
        )
        if len(letters) >= MIN_LETTERS_KEY:
            found[letters] = item
    return found
