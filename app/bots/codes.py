"""Assistant codes people can read aloud and type: `k7m2p-qx9ad`.

New codes are ten characters from an alphabet without look-alikes (no 0/o, 1/l/i), in two
groups of five. Typed in capitals, with a space, an en dash or nothing instead of the hyphen, with
a full stop or quotes around them, or with an invisible character copied along, they still open
the assistant. Codes made before (20 mixed-case characters, and the showcase's words) keep
working exactly as they were written.
"""

from __future__ import annotations

import re
import secrets
import unicodedata

CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
CODE_LENGTH = 10  # 31**10, about 8e14 codes: guessing one is hopeless, a clash is retried
MAX_TYPED = 1_000  # no code, and no share link, is longer: the rest is not looked at
_SEPARATORS = re.compile(r"[\s\-_]+")
# Minus signs are not dashes to Unicode (Sm, not Pd) but look like one.
_MINUS_SIGNS = "\u2212\u2796\u02d7\u207b\u208b\ufe63\uff0d"


def new_code() -> str:
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{chars[:5]}-{chars[5:]}"


def _plain_dashes(text: str) -> str:
    """Any dash as a hyphen, and no invisible format character (zero-width space, joiners,
    word joiner, byte-order mark, soft hyphen, direction marks), which a copy from a chat, a
    PDF or a word processor carries along."""
    return "".join(
        "-" if ch in _MINUS_SIGNS or unicodedata.category(ch) == "Pd" else ch
        for ch in text
        if unicodedata.category(ch) != "Cf"
    )


def _trimmed(text: str) -> str:
    """Without what surrounds a code in a sentence: spaces, quotes, brackets, a full stop."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def normalize_code(code: str) -> str:
    """The code as stored, from what was pasted or typed: a whole link, spaces, quotes or a full
    stop around it, invisible characters in it, any dash (en dash, minus sign, non-breaking
    hyphen...) for its hyphen, full-width letters, and a readable code in any case and spacing.
    Older codes keep their case: they are mixed-case."""
    code = _plain_dashes(unicodedata.normalize("NFKC", (code or "")[:MAX_TYPED])).strip()
    if "assistant_id=" in code:
        code = code.split("assistant_id=", 1)[1].split("&", 1)[0]
    code = _trimmed(code)
    compact = _SEPARATORS.sub("", code.lower())
    if len(compact) == CODE_LENGTH and all(c in CODE_ALPHABET for c in compact):
        return f"{compact[:5]}-{compact[5:]}"
    return code
