"""Assistant codes people can read aloud and type: `k7m2p-qx9ad`.

New codes are ten characters from an alphabet without look-alikes (no 0/o, 1/l/i), in two
groups of five. Typed in capitals, with a space instead of the hyphen, or without it, they still
open the assistant. Codes made before (20 mixed-case characters, and the showcase's words) keep
working exactly as they were written.
"""

from __future__ import annotations

import re
import secrets

CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
CODE_LENGTH = 10  # 31**10, about 8e14 codes: guessing one is hopeless, a clash is retried
_SEPARATORS = re.compile(r"[\s\-_]+")


def new_code() -> str:
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{chars[:5]}-{chars[5:]}"


def normalize_code(code: str) -> str:
    """The code as stored, from what was pasted or typed: a whole link, spaces around it, or a
    readable code in any case and spacing."""
    code = (code or "").strip()
    if "assistant_id=" in code:
        code = code.split("assistant_id=", 1)[1].split("&", 1)[0]
    code = code.strip().strip("/")
    compact = _SEPARATORS.sub("", code.lower())
    if len(compact) == CODE_LENGTH and all(c in CODE_ALPHABET for c in compact):
        return f"{compact[:5]}-{compact[5:]}"
    return code
