"""The decoding stage: stretches of a finished reply that are no language, read back as text.

The streaming views (`decoders`, `alphabets`) read what can be decoded piece by piece. What is
left needs a whole stretch at once: base64 in short groups, base32 with any padding, Ascii85
and base85, uuencode, quoted-printable, a blob inside a blob (base64 of base64, zlib), hex bytes
XORed with one key, Unicode character names, Bacon's and Polybius' ciphers, phone keypad
taps, letters written upside down and first letters of lines (an acrostic); lines that are no
words at all go to `leak_guard.ciphers`. Each decoder is tried only where its own symbols stand
(one search of the reply per decoder), on at most MAX_STAGE_CHARS of it, and its output is
bounded: ordinary prose pays a few regular-expression searches and nothing more.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterator

from leak_guard.alphabets import MORSE
from leak_guard.letter_codes import bacon_readings, might_be_bacon, might_be_spelled, spelled_words

MAX_STAGE_CHARS = 40_000  # the LLM wrapper cuts a reply here too
MAX_OUTPUT_CHARS = 6_000  # decoded text read in all: a whole 4,000-character prompt fits
MAX_BASE85_CHARS = 6_000  # a whole 4,000-character prompt in Ascii85
MIN_TEXT_SHARE = 0.85  # decoded bytes that are printable text, or it was no encoding
_PRINTABLE = re.compile(r"[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")

_B64_GROUPS = re.compile(r"(?:[A-Za-z0-9+/]{2,8}={0,2}[ \t\n,;|-]+){3,}[A-Za-z0-9+/]{1,8}={0,2}")
_B32_RUN = re.compile(r"(?:[A-Z2-7]{2,}={0,8}[ \t\n]*){2,}")
_A85_RUN = re.compile(r"[!-u]{12,}(?:\s+[!-u]{4,})*")
_B85_RUN = re.compile(
    r"[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{12,}(?:\s+[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{4,})*"
)
_UU_LINE = re.compile(r"^[!-M][ -`]{3,61}$", re.MULTILINE)
_B64_BLOB = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_MORSE_RUN = re.compile(r"(?:[.\-•·∙−–—_]{1,7}[ \t\n/|]{1,5}){3,}[.\-•·∙−–—_]{1,7}")
_MORSE_CODE = re.compile(r"[.\-]+")
_MORSE_SYMBOLS = str.maketrans({"•": ".", "·": ".", "∙": ".", "−": "-", "–": "-", "—": "-",
                                "_": "-"})  # fmt: skip
_QP_ESCAPE = re.compile(r"=[0-9A-F]{2}")
_HEX_RUN = re.compile(r"(?:[0-9a-fA-F]{2}[ :,-]?){8,}")
_NAMES = re.compile(
    r"(?:(?:LATIN (?:SMALL|CAPITAL) LETTER [A-Z]|SPACE|DIGIT [A-Z]+|FULL STOP|"
    r"COMMA|HYPHEN-MINUS|COLON|APOSTROPHE|QUOTATION MARK|EXCLAMATION MARK|QUESTION MARK|"
    r"PERCENT SIGN|DOLLAR SIGN|AMPERSAND)[\s,;/|]*){3,}",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"LATIN (?:SMALL|CAPITAL) LETTER [A-Z](?=[\s,;/|]|$)|SPACE|DIGIT [A-Z]+|"
    r"FULL STOP|COMMA|HYPHEN-MINUS|COLON|APOSTROPHE|QUOTATION MARK|EXCLAMATION MARK|"
    r"QUESTION MARK|PERCENT SIGN|DOLLAR SIGN|AMPERSAND",
    re.IGNORECASE,
)
_POLYBIUS = re.compile(r"(?:(?<!\d)[1-5]{2}(?!\d)[\s,/|-]*){3,}")
_KEYPAD = re.compile(
    r"(?:(?<!\d)(?:2{1,3}|3{1,3}|4{1,3}|5{1,3}|6{1,3}|7{1,4}|8{1,3}|9{1,4}|0)(?!\d)[\s,/|-]+){3,}"
)
_FLIPPED_GLYPHS = "ɐɔǝɟƃɥıɾʞɯɹʇʌʍʎ"
_FLIPPED = re.compile("[" + _FLIPPED_GLYPHS + "]")
_UNFLIP = str.maketrans(
    dict(zip("ɐqɔpǝɟƃɥıɾʞlɯuodbɹsʇnʌʍxʎz", "abcdefghijklmnopqrstuvwxyz", strict=True))
)
_POLYBIUS_GRID = "abcdefghiklmnopqrstuvwxyz"  # i/j share a cell
_KEYPAD_LETTERS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs",
                   "8": "tuv", "9": "wxyz", "0": " "}  # fmt: skip
MIN_ACROSTIC_LINES = 4
# Characters standing one by one between separators ("内 部 信 息"): joined, so that Chinese
# and Japanese read as pairs again (spaced Latin letters are read by the letter chains).
_SINGLES = re.compile(r"(?:(?<![^\W_])[^\W_](?![^\W_])[^\w\n]{1,3}){4,}[^\W_](?![^\W_])")
_NOT_WORD = re.compile(r"[\W_]+")
_SPACED_UNSPACED = re.compile(
    r"[\u3040-\u30ff\u4e00-\u9fff][^\w\n]{1,3}[\u3040-\u30ff\u4e00-\u9fff]"
)
# Decodings that carry letters only: a secret item is matched on its letters there.
LETTERS_ONLY = frozenset({"Bacon's cipher", "Polybius square", "phone keypad"})


def _as_text(data: bytes) -> str | None:
    """Bytes as text when they are text (UTF-8 or UTF-16), else None."""
    if not data:
        return None
    # Any even run of bytes decodes as UTF-16: only with a byte-order mark, or zero bytes
    # where ASCII text in UTF-16 has them.
    wide = data[:2] in (b"\xff\xfe", b"\xfe\xff") or data.count(0) >= len(data) // 3
    for codec in ("utf-8", "utf-16") if wide else ("utf-8",):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if text and len(_PRINTABLE.findall(text)) >= MIN_TEXT_SHARE * len(text):
            return text
    return None


def _inner(text: str, depth: int = 0) -> Iterator[str]:
    """A decoded text, and what it decodes to in turn (base64 of base64, zlib in base64)."""
    yield text
    compact = re.sub(r"\s+", "", text)
    if depth >= 2 or len(compact) < 8 or not re.fullmatch(r"[A-Za-z0-9+/_-]+={0,2}", compact):
        return
    data = _b64(compact)
    if data is None:
        return
    inflated = _inflate(data)
    decoded = _as_text(inflated if inflated is not None else data)
    if decoded:
        yield from _inner(decoded, depth + 1)


def _b64(compact: str) -> bytes | None:
    try:
        return base64.b64decode(compact + "=" * (-len(compact) % 4), altchars=b"-_"
                                if "-" in compact or "_" in compact else None)  # fmt: skip
    except (binascii.Error, ValueError):
        return None


def _inflate(data: bytes) -> bytes | None:
    if len(data) < 2 or data[0] & 0x0F != 8 or ((data[0] << 8) | data[1]) % 31:
        return None
    try:
        return zlib.decompressobj().decompress(data, MAX_OUTPUT_CHARS)
    except zlib.error:
        return None


def _base64_groups(reply: str) -> Iterator[str]:
    for match in _B64_GROUPS.finditer(reply):
        data = _b64(re.sub(r"[\s,;|-]+", "", match.group(0)))
        if data is not None:
            inflated = _inflate(data)
            text = _as_text(inflated if inflated is not None else data)
            if text:
                yield from _inner(text)


def _base32(reply: str) -> Iterator[str]:
    for match in _B32_RUN.finditer(reply):
        compact = re.sub(r"[\s=]+", "", match.group(0))
        if len(compact) < 8:
            continue
        try:
            text = _as_text(base64.b32decode(compact + "=" * (-len(compact) % 8)))
        except (binascii.Error, ValueError):
            continue
        if text:
            yield from _inner(text)


def _base85(reply: str) -> Iterator[str]:
    """Ascii85 (delimited or not) and base85 runs; Python's decoders are pure Python, so at
    most MAX_BASE85_CHARS are decoded in all."""
    budget = [MAX_BASE85_CHARS]
    yield from _base85_runs(reply, budget)


def _base85_runs(reply: str, budget: list[int]) -> Iterator[str]:
    position = reply.find("<~")
    while position >= 0 and budget[0] > 0:  # each "~>" is looked for once: linear
        end = reply.find("~>", position + 2)
        if end < 0:
            break
        inner = reply[position + 2 : end]
        yield from _decoded85(base64.a85decode, re.sub(r"\s+", "", inner), budget)
        position = reply.find("<~", end + 2)
    for pattern, decode in ((_A85_RUN, base64.a85decode), (_B85_RUN, base64.b85decode)):
        for match in pattern.finditer(reply):
            pieces = match.group(0).split()
            decoded = list(_decoded85(decode, "".join(pieces), budget))
            if not decoded and len(pieces) > 1:  # a word after the blob is not part of it
                decoded = [text for piece in pieces for text in _decoded85(decode, piece, budget)]
            yield from decoded
            if budget[0] <= 0:
                return


def _decoded85(decode: Callable[[str], bytes], compact: str, budget: list[int]) -> Iterator[str]:
    compact = compact[: max(0, budget[0])]
    budget[0] -= len(compact)
    if not compact:
        return
    try:
        text = _as_text(decode(compact))
    except (ValueError, binascii.Error):
        return
    if text:
        yield from _inner(text)


def _uuencoded(reply: str) -> Iterator[str]:
    data = b""
    for match in _UU_LINE.finditer(reply):
        try:
            data += binascii.a2b_uu(match.group(0))
        except binascii.Error:
            continue
    text = _as_text(data)
    if text:
        yield text


def _nested_base64(reply: str) -> Iterator[str]:
    """A base64 blob whose text is base64 again, or zlib: the layers under the first (the
    streaming decoders read the first)."""
    for match in _B64_BLOB.finditer(reply):
        data = _b64(match.group(0))
        if data is None:
            continue
        inflated = _inflate(data)
        if inflated is not None:
            text = _as_text(inflated)
            if text:
                yield from _inner(text)
            continue
        text = _as_text(data)
        if text:
            yield from list(_inner(text))[1:]


def _morse(reply: str) -> Iterator[str]:
    """Morse with any separators, read as letters spelled out (the letter chains join them)."""
    for match in _MORSE_RUN.finditer(reply):
        run = match.group(0).translate(_MORSE_SYMBOLS)
        letters = [MORSE.get(code, "") for code in _MORSE_CODE.findall(run)]
        if sum(map(bool, letters)) >= 0.8 * len(letters):
            yield " ".join(letter for letter in letters if letter)


def _quoted_printable(reply: str) -> Iterator[str]:
    """Lines with three or more =XX escapes, decoded together (soft line breaks join them)."""
    lines = [line for line in reply.splitlines() if len(_QP_ESCAPE.findall(line)) >= 3]
    if lines:
        text = _as_text(quopri.decodestring("\n".join(lines).encode("utf-8", "replace")))
        if text:
            yield text


def _xor_hex(reply: str) -> Iterator[str]:
    """Hex bytes XORed with one key: the key whose output is most like text, if it is text."""
    for match in _HEX_RUN.finditer(reply):
        data = bytes.fromhex(re.sub(r"[ :,-]", "", match.group(0))[: MAX_OUTPUT_CHARS // 4])
        ascii_scores, wide_scores = [], []
        for key in range(1, 256):
            plain = data.translate(_XOR_TABLES[key])
            # Letters and spaces; and those plus the bytes of UTF-8 letters (CJK: 0x80-0xEF).
            ascii_scores.append((len(data) - len(plain.translate(None, _ASCII_TEXT)), plain))
            wide_scores.append((len(data) - len(plain.translate(None, _WIDE_TEXT)), plain))
        ascii_scores.sort(key=lambda pair: pair[0], reverse=True)
        wide_scores.sort(key=lambda pair: pair[0], reverse=True)
        for score, plain in [ascii_scores[0], *wide_scores[:4]]:
            text = _as_text(plain) if score >= MIN_TEXT_SHARE * len(data) else None
            if text:
                yield text
                break


_XOR_TABLES = [bytes(value ^ key for value in range(256)) for key in range(256)]
_ASCII_TEXT = b"etaoinshrdlucmfwypvbgkqjxz ETAOINSHRDLUCMFWYPVBGKQJXZ0123456789.,'\n"
_WIDE_TEXT = _ASCII_TEXT + bytes(range(0x80, 0xF0))


def _unicode_names(reply: str) -> Iterator[str]:
    for match in _NAMES.finditer(reply):
        chars = []
        for name in _NAME.finditer(match.group(0)):
            try:
                chars.append(unicodedata.lookup(name.group(0).upper()))
            except KeyError:
                continue
        if chars:
            yield "".join(chars)


def _polybius(reply: str) -> Iterator[str]:
    for match in _POLYBIUS.finditer(reply):
        pairs = re.findall(r"[1-5]{2}", match.group(0))
        yield "".join(_POLYBIUS_GRID[(int(p[0]) - 1) * 5 + int(p[1]) - 1] for p in pairs)


def _keypad(reply: str) -> Iterator[str]:
    for match in _KEYPAD.finditer(reply):
        taps = re.findall(r"\d+", match.group(0))
        yield "".join(
            _KEYPAD_LETTERS[t[0]][(len(t) - 1) % len(_KEYPAD_LETTERS[t[0]])] for t in taps
        )


def _upside_down(reply: str) -> Iterator[str]:
    for line in reply.splitlines():
        if len(_FLIPPED.findall(line)) >= 3:
            yield line[::-1].translate(_UNFLIP)


def _joined_singles(reply: str) -> Iterator[str]:
    for match in _SINGLES.finditer(reply):
        yield _NOT_WORD.sub("", match.group(0))


def _acrostic(reply: str) -> Iterator[str]:
    lines = [line.strip(" \t-*•>#0123456789.)") for line in reply.splitlines()]
    initials = "".join(line[0] for line in lines if line and line[0].isalpha())
    if len(initials) >= MIN_ACROSTIC_LINES:
        yield " ".join(initials)  # letters spelled out: the letter chains read them


STAGE: tuple[tuple[str, Callable[[str], Iterator[str]], Callable[[str], bool]], ...] = (
    ("base64 in groups", _base64_groups, lambda r: " " in r),
    ("base64 inside base64", _nested_base64, lambda r: bool(_B64_BLOB.search(r))),
    ("Morse", _morse, lambda r: "-" in r or "." in r or "_" in r or "—" in r or "•" in r),
    ("base32", _base32, lambda r: bool(re.search(r"[A-Z2-7]{8}", r))),
    ("base85", _base85, lambda r: bool(re.search(r"[!-u]{12}", r))),
    ("uuencode", _uuencoded, lambda r: "\n" in r or len(r) > 40),
    ("quoted-printable", _quoted_printable, lambda r: "=" in r),
    ("hex bytes with a key", _xor_hex, lambda r: bool(_HEX_RUN.search(r))),
    ("character names", _unicode_names, lambda r: "LETTER" in r.upper()),
    ("Bacon's cipher", bacon_readings, might_be_bacon),
    ("spelling alphabet", spelled_words, might_be_spelled),
    ("characters spelled out", _joined_singles, lambda r: bool(_SPACED_UNSPACED.search(r))),
    ("Polybius square", _polybius, lambda r: bool(re.search(r"[1-5]{2}", r))),
    ("phone keypad", _keypad, lambda r: bool(re.search(r"\d", r))),
    ("upside down", _upside_down, lambda r: bool(_FLIPPED.search(r))),
    ("first letters of lines", _acrostic, lambda r: r.count("\n") >= MIN_ACROSTIC_LINES - 1),
)


def decoded_stretches(reply: str) -> Iterator[tuple[str, str]]:
    """(how it was encoded, the text) for every stretch of the reply a decoder reads back."""
    reply = reply[:MAX_STAGE_CHARS]
    budget = MAX_OUTPUT_CHARS
    for name, decoder, worth_trying in STAGE:
        if not worth_trying(reply):
            continue
        for text in decoder(reply):
            if budget <= 0:
                return
            text = text[:budget]
            budget -= len(text)
            yield name, text
