"""Canonical text for the leak guard: the same words compare equal however they are dressed up.

Both the prompt and the reply go through `canonical_tokens`, so whatever a model does to the
letters (capitals, accents, full-width or mathematical letters, Cyrillic look-alikes, zero-width
characters, leetspeak digits) lands on the same token. Scripts written without spaces (Chinese,
Japanese, Thai) become overlapping character pairs, so a sentence inside a reply still matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import sentencex
from anyascii import anyascii

# Look-alike letters from Cyrillic and Greek that render like Latin ones (the usual confusables).
_CONFUSABLES = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "ё": "e", "з": "3", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j",
        "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ь": "b", "ɡ": "g", "ո": "n", "ս": "u",
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
        "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ϲ": "c", "ϳ": "j",
        # l and i (and the digit 1) are told apart by nobody reading leetspeak: fold them.
        "l": "i",
    }
)  # fmt: skip
# Digits and symbols read as letters inside a word ("y0u 4r3", "m@y@").
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t",
                       "8": "b", "9": "g", "@": "a", "$": "s"})  # fmt: skip
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff'’`"), None)
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

# A raw token: letters and digits, joined across invisible characters, apostrophes and the
# leetspeak symbols @ and $.
TOKEN = re.compile(r"(?:[^\W_]|[\u00ad\u180e\u200b-\u200d\u2060\ufeff@$'’`])+")
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff66-\uff9f]+"
)
_HAS_LETTER = re.compile(r"[^\W\d_]")
_LEET_CHARS = re.compile(r"[0-9@$]")
MAX_TOKEN_CHARS = 48  # longer runs are cut: no word is that long, and work per token stays bounded
# A prompt is read up to here: the Lab saves at most 4,000 + 500 characters of prompts, and text
# typed past a limit (the live preview, a test drive, the leak test) costs no more than this.
MAX_PROMPT_CHARS = 20_000
# Confidential knowledge a turn shows the model (whole, or the passages retrieved for it) is
# protected after the prompts, up to this much; it is never sayable.
MAX_KNOWLEDGE_CHARS = 40_000
MAX_GUARDED_CHARS = MAX_PROMPT_CHARS + MAX_KNOWLEDGE_CHARS
# Between the initial prompt and the summary prompt in what the guard protects: nothing after it
# is ever sayable (an invisible separator, no token, survives whitespace folding).
SUMMARY_MARK = "\n\n\u2063\n"
# Before the confidential knowledge a turn showed the model (after the summary mark: never
# sayable). Its words are weighed by how rare they are near them, not in all of it: a handbook
# says "employees" on every page, and each of its sentences is still its own.
KNOWLEDGE_MARK = "\n\n\u2064\n"


# Letters drawn as symbols, read back by a maintained transliteration table (anyascii): small
# capitals, Braille, circled and squared letters, regional indicators. Only these blocks: the
# table would also romanise Chinese or Cyrillic, which the guard reads as they are.
_SYMBOL_LETTERS = re.compile(
    "[\u1d00-\u1d2b\u0262\u026a\u029f\u0274\u0280\u028f\u029c\u0299\ua730\ua731\ua7af"
    "\u2460-\u24ff"
    "\u2800-\u28ff\U0001f100-\U0001f1ff]"
)


def symbol_letters(text: str) -> str:
    """Letters drawn as symbols replaced by the letters (unchanged where there is none)."""
    if _SYMBOL_LETTERS.search(text):
        return _SYMBOL_LETTERS.sub(lambda match: anyascii(match.group(0)), text)
    return text


def fold(text: str) -> str:
    """Compatibility forms, case, accents, invisible characters and look-alikes removed."""
    text = symbol_letters(text)
    text = unicodedata.normalize("NFKD", text).translate(_INVISIBLE)
    return _MARKS.sub("", text).casefold().translate(_CONFUSABLES)


def canonical(raw: str) -> list[str]:
    """The canonical tokens of one raw token: usually one, or character pairs for CJK and Thai."""
    token = fold(raw[:MAX_TOKEN_CHARS])
    if _LEET_CHARS.search(token):
        token = token.translate(_LEET) if _HAS_LETTER.search(token) else token.strip("@$")
    if not token:
        return []
    if not _UNSPACED.search(token):
        return [token]
    pieces: list[str] = []
    position = 0
    for run in _UNSPACED.finditer(token):
        if run.start() > position:
            pieces.append(token[position : run.start()])
        chars = run.group(0)
        pieces += [chars[i : i + 2] for i in range(max(1, len(chars) - 1))]
        position = run.end()
    if position < len(token):
        pieces.append(token[position:])
    return pieces


def canonical_tokens(text: str, offset: int = 0) -> Iterator[tuple[str, int]]:
    """(canonical token, where its raw token starts in the text) for every token."""
    for match in TOKEN.finditer(text):
        for token in canonical(match.group(0)):
            yield token, offset + match.start()


def is_unspaced(token: str) -> bool:
    """A character pair from a script written without spaces."""
    return bool(_UNSPACED.match(token))


def sentences_with_spans(text: str) -> list[tuple[str, int, int]]:
    """Sentences with their character spans: every line break ends one (prompts are written in
    lines and bullets), and inside a line a maintained segmenter (sentencex, the Wikimedia
    sentence segmenter, linear time, ~300 languages) finds the ends, so "Dr.", "Co.", "e.g.",
    "z. B." and decimals do not split and a period inside closing quotes does."""
    result = []
    language = language_of(text)
    for line in _LINE.finditer(text):
        position = line.start()
        for piece in _segmented(language, line.group(0)):
            start, position = position, position + len(piece)
            stripped = piece.strip()
            if stripped:
                lead = start + piece.index(stripped[0])
                result.append((stripped, lead, lead + len(stripped)))
    return result


_LINE = re.compile(r"[^\n]+")
# sentencex is quadratic on some runs (8,000 backticks cost 20 ms): it reads a line this much at
# a time, cut after a space where there is one. No prose sentence is that long.
SEGMENT_CHARS = 1_000


def _segmented(language: str, line: str) -> list[str]:
    pieces = []
    start = 0
    while len(line) - start > SEGMENT_CHARS:
        cut = line.rfind(" ", start + SEGMENT_CHARS // 2, start + SEGMENT_CHARS)
        cut = cut + 1 if cut > start else start + SEGMENT_CHARS
        pieces += sentencex.segment(language, line[start:cut])
        start = cut
    return pieces + list(sentencex.segment(language, line[start:]))


_LANGUAGE_HINTS = {
    "es": re.compile(r"\b(?:el|los|las|que|del|para|con|una|por|está|usted|tú)\b"),
    "de": re.compile(r"\b(?:der|die|das|und|ist|nicht|mit|sie|ein|eine|für|du)\b"),
    "fr": re.compile(r"\b(?:le|les|des|est|pas|vous|une|pour|dans|avec|tu)\b"),
    "pt": re.compile(r"\b(?:os|as|não|uma|você|para|com|do|da|em|é)\b"),
    "en": re.compile(r"\b(?:the|and|you|is|not|with|for|are|your|to)\b"),
}
_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7af]")
_HAN = re.compile("[\u4e00-\u9fff]")
LANGUAGE_SAMPLE = 2000


def language_of(text: str) -> str:
    """A guess at the text's language, good enough to pick the segmenter's abbreviations."""
    sample = text[:LANGUAGE_SAMPLE]
    if _KANA.search(sample):
        return "ja"
    if _HANGUL.search(sample):
        return "ko"
    if _HAN.search(sample):
        return "zh"
    lower = sample.lower()
    counts = {code: len(hint.findall(lower)) for code, hint in _LANGUAGE_HINTS.items()}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] else "en"


def sentences(text: str) -> list[str]:
    return [sentence for sentence, _, _ in sentences_with_spans(text)]
