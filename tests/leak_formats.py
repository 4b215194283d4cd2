"""Adversarial leak formats: the ways a visitor can ask a model to reformat the hidden prompt.

Each format turns a protected part of a prompt into what a model would answer when asked for it
"as numbered lines", "in base32", "one word per table cell" and so on. `split` hands the prompt
out over several replies ("tell me the next seven words"), so it is judged per conversation.
"""

from __future__ import annotations

import base64
import html
import json
import random
import urllib.parse
from collections.abc import Callable

from tests.leak_corpus import ALL_PROMPTS, protected_sentences
from tests.leak_corpus_types import Prompt

FILLERS = ("um", "like", "so", "well", "okay", "right", "hmm", "yeah")
CYRILLIC = str.maketrans("aceopxyiAEKMHOPCTX", "асеорхуіАЕКМНОРСТХ")
LEET = str.maketrans("aeiost", "4310$7")
SPLIT_REPLIES = 5


def _words(segment: str) -> list[str]:
    return segment.split()


def numbered_lines(segment: str, rng: random.Random) -> str:
    words, lines, i = _words(segment), [], 0
    while i < len(words):
        size = rng.randint(2, 4)
        lines.append(f"{len(lines) + 1}. {' '.join(words[i : i + size])}")
        i += size
    return "Sure, line by line:\n" + "\n".join(lines)


def filler_between(segment: str, rng: random.Random) -> str:
    return " ".join(f"{word} {rng.choice(FILLERS)}" for word in _words(segment))


def word_index(segment: str, rng: random.Random) -> str:  # noqa: ARG001 - same signature
    return ", ".join(f"{word}({i})" for i, word in enumerate(_words(segment), 1))


def bullets_of_three(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    words = _words(segment)
    return "\n".join(f"- {' '.join(words[i : i + 3])}" for i in range(0, len(words), 3))


def two_columns(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    words = _words(segment)
    half = (len(words) + 1) // 2
    left, right = words[:half], words[half:] + [""]
    rows = [f"| {a} | {b} |" for a, b in zip(left, right, strict=False)]
    return "| A | B |\n|---|---|\n" + "\n".join(rows)


def table_cells(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    words = _words(segment)
    rows = ["| " + " | ".join(words[i : i + 4]) + " |" for i in range(0, len(words), 4)]
    return "| 1 | 2 | 3 | 4 |\n|---|---|---|---|\n" + "\n".join(rows)


def adjacent_swaps(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    words = _words(segment)
    for i in range(0, len(words) - 1, 2):
        words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def percent(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    return urllib.parse.quote(segment, safe="")


def html_entities(segment: str, rng: random.Random) -> str:
    out = []
    for char in segment:
        roll = rng.random()
        out.append(f"&#{ord(char)};" if roll < 0.5 else f"&#x{ord(char):x};")
    return html.escape("") + "".join(out)


def decimal_codes(segment: str, rng: random.Random) -> str:
    separator = rng.choice([" ", ", ", "-", " | ", ";"])
    return separator.join(str(ord(c)) for c in segment)


def hex_codes(segment: str, rng: random.Random) -> str:
    style = rng.choice(["0x{:02x}", "{:02X}", "\\x{:02x}", "U+{:04X}"])
    separator = rng.choice([" ", ",", ":", " - "])
    return separator.join(style.format(b) for b in segment.encode())


def base32_text(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    return base64.b32encode(segment.encode()).decode()


def base64_odd_wrap(segment: str, rng: random.Random) -> str:
    encoded = base64.b64encode(segment.encode()).decode()
    width = rng.choice([17, 29, 37, 53])
    lines = [encoded[i : i + width] for i in range(0, len(encoded), width)]
    return "Here it is:\n" + "\n".join(lines)


def base64_utf16(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    return base64.b64encode(segment.encode("utf-16-le")).decode()


def base64_urlsafe(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    return "`" + base64.urlsafe_b64encode(segment.encode()).decode().rstrip("=") + "`"


def caesar(segment: str, rng: random.Random) -> str:
    shift = rng.choice([1, 3, 5, 7, 11, 19, 23])

    def move(c: str) -> str:
        if c.isascii() and c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            return chr((ord(c) - base + shift) % 26 + base)
        return c

    return "".join(move(c) for c in segment)


def leetspeak(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    return segment.translate(LEET)


def cyrillic(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    return segment.translate(CYRILLIC)


def pig_latin(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    def one(word: str) -> str:
        core = "".join(c for c in word if c.isalpha())
        if not core:
            return word
        lower = core.lower()
        if lower[0] in "aeiou":
            return lower + "way"
        cluster = 0
        while cluster < len(lower) and lower[cluster] not in "aeiouy":
            cluster += 1
        cluster = max(cluster, 1)
        return lower[cluster:] + lower[:cluster] + "ay"

    return " ".join(one(word) for word in _words(segment))


def syllables(segment: str, rng: random.Random) -> str:
    separator = rng.choice(["-", "~", "·", "."])

    def split(word: str) -> str:
        pieces, i = [], 0
        while i < len(word):
            size = rng.randint(2, 3)
            pieces.append(word[i : i + size])
            i += size
        return separator.join(pieces)

    return " ".join(split(word) for word in _words(segment))


def spaced_letters(segment: str, rng: random.Random) -> str:
    separator = rng.choice([" ", " · ", "_", "/"])
    return "  ".join(separator.join(word) for word in _words(segment))


def reversed_text(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    return segment[::-1]


def zero_width(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    return "\u200b".join(segment)


def fullwidth(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in segment)


def json_unicode(segment: str, rng: random.Random) -> str:  # noqa: ARG001
    escaped = "".join(f"\\u{ord(c):04x}" for c in segment)
    return json.dumps({"system": "x"}).replace("x", escaped)


FORMATS: dict[str, Callable[[str, random.Random], str]] = {
    "numbered lines": numbered_lines,
    "filler between words": filler_between,
    "word(index) list": word_index,
    "bullets of 3 words": bullets_of_three,
    "two-column table": two_columns,
    "one word per table cell": table_cells,
    "adjacent words swapped": adjacent_swaps,
    "percent-encoding": percent,
    "HTML entities": html_entities,
    "decimal character codes": decimal_codes,
    "hex character codes": hex_codes,
    "base32": base32_text,
    "base64 wrapped at odd width": base64_odd_wrap,
    "base64 of UTF-16": base64_utf16,
    "url-safe base64": base64_urlsafe,
    "Caesar shift": caesar,
    "leetspeak": leetspeak,
    "Cyrillic look-alikes": cyrillic,
    "pig latin": pig_latin,
    "syllables split": syllables,
    "spaced letters": spaced_letters,
    "reversed text": reversed_text,
    "zero-width characters": zero_width,
    "full-width letters": fullwidth,
    "JSON unicode escapes": json_unicode,
}
SPLIT = "split over 5 replies"


def leak_segment(prompt: Prompt) -> str:
    """Two or three protected sentences: what an attacker wants out of the prompt."""
    sentences = protected_sentences(prompt)
    segment = ""
    for sentence in sentences:
        segment = f"{segment} {sentence}".strip()
        if len(segment.split()) >= 30:
            break
    return segment


def split_replies(prompt: Prompt, rng: random.Random) -> list[str]:
    """The protected text handed out a few words per reply, with chat around it."""
    words = " ".join(protected_sentences(prompt)).split()
    size = max(5, -(-len(words) // SPLIT_REPLIES))
    openers = ("Sure! The next words are:", "Here you go:", "Next part:", "Okay:", "Continuing:")
    return [
        f'{rng.choice(openers)} "{" ".join(words[i : i + size])}" Want more?'
        for i in range(0, len(words), size)
    ]


ADVERSARIAL_PROMPTS = tuple(p for p in ALL_PROMPTS if len(p.text.split()) * 8 >= len(p.text))


def adversarial_cases(seed: int = 11) -> list[tuple[Prompt, str, str]]:
    """(prompt, format, reply) for every format applied to every spaced prompt."""
    rng = random.Random(seed)
    cases = []
    for prompt in ADVERSARIAL_PROMPTS:
        segment = leak_segment(prompt)
        for name, make in FORMATS.items():
            cases.append((prompt, name, make(segment, rng)))
    return cases
