"""Incremental decoders for the encodings a model can be talked into, fed piece by piece.

A reply arrives in chunks; each decoder sees every whitespace-separated piece once and keeps only
a few characters of state, so decoding costs stay linear however long a blob runs. Blob
decoders (base64 in any wrapping, url-safe, of UTF-8/16/32 text; base32; hex with any
separators) start at a piece that looks like a blob and die as soon as their output stops
reading as text, which is what a misaligned start or ordinary prose produces at once.
Character codes (decimal, 0x, U+, \\u, &#) are read from numbers wherever they stand, and
percent-encoding, HTML entities and backslash escapes are undone inside each piece.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
import urllib.parse

from leak_guard.alphabets import spelled_out
from leak_guard.text import symbol_letters

_B64_PIECE = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_B64_LOOKS_ENCODED = re.compile(r"[0-9+/=_-]|[a-z][A-Z]|[A-Z]{2}")
_B32_PIECE = re.compile(r"[A-Z2-7]+={0,6}|[a-z2-7]+={0,6}")
_HEX_SEPARATORS = re.compile(r"0x|\\x|[,:;.\-|]", re.IGNORECASE)
_HEX_PIECE = re.compile(r"[0-9a-fA-F]+")
_TRIM = "\"'`()[]{}<>*.,;:!?"
_CODE = re.compile(
    r"(?:0x|\\u|\\x|u\+|&#x|#x)([0-9a-f]{2,6})|(?<![\w])(\d{2,7})(?![\w])", re.IGNORECASE
)
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[nrt\"'\\/])")
_ESCAPES = {"n": "\n", "r": " ", "t": " ", '"': '"', "'": "'", "\\": "\\", "/": "/"}
MIN_BLOB_CHARS = 8
_MAX_BAD_SHARE = 0.15


def unescape_inline(text: str) -> str:
    """Percent-encoding, HTML entities and backslash escapes undone, and symbol alphabets
    (octal, binary octets, Morse, A1Z26, NATO, Braille, circled letters, regional indicators)
    read back as letters (only where present)."""
    if "\\" in text:
        text = _ESCAPE.sub(_unescape_one, text)
    if "%" in text:
        text = urllib.parse.unquote(text, errors="replace")
    if "&" in text:
        text = html.unescape(text)
    return spelled_out(symbol_letters(text))


def _unescape_one(match: re.Match[str]) -> str:
    code = match.group(1)
    if code[0] in "ux":
        return chr(int(code[1:], 16))
    return _ESCAPES[code]


def trim(piece: str) -> str:
    return piece.strip(_TRIM)


class _TextOut:
    """Bytes to text, guessing UTF-8, UTF-16 or UTF-32 from the first bytes; counts garbage."""

    def __init__(self) -> None:
        self._head = b""
        self._decoder: codecs.IncrementalDecoder | None = None
        self.chars = 0
        self.bad = 0

    def _pick(self) -> None:
        head = self._head
        if (
            len(head) >= 8
            and head[1::4].count(0) == head[2::4].count(0) == head[3::4].count(0) == 2
        ):
            name = "utf-32-le"
        elif head[1::2].count(0) >= len(head[1::2]) * 3 // 4:
            name = "utf-16-le"
        elif head[0::2].count(0) >= len(head[0::2]) * 3 // 4:
            name = "utf-16-be"
        else:
            name = "utf-8"
        self._decoder = codecs.getincrementaldecoder(name)(errors="replace")

    def feed(self, data: bytes) -> str:
        if self._decoder is None:
            self._head += data
            if len(self._head) < 8:
                return ""
            self._pick()
            data, self._head = self._head, b""
        assert self._decoder is not None
        text = self._decoder.decode(data)
        self.chars += len(text)
        self.bad += sum(
            1 for c in text if c == "\ufffd" or (not c.isprintable() and c not in "\n\t")
        )
        return text

    def flush(self) -> str:
        """The blob ended: decode what waited for the encoding to be known."""
        if self._decoder is not None or not self._head:
            return ""
        self._pick()
        data, self._head = self._head, b""
        return self.feed(data)

    @property
    def garbage(self) -> bool:
        return self.bad > 1 and self.bad > self.chars * _MAX_BAD_SHARE


class BlobDecoder:
    """One blob of base64, base32 or hex, from the piece it started at; dies on garbage."""

    def __init__(self, kind: str, start_offset: int) -> None:
        self.kind, self.start_offset = kind, start_offset
        self._pending = ""
        self._out = _TextOut()
        self.alive = True
        self.ended = False

    @property
    def readable_chars(self) -> int:
        return self._out.chars - self._out.bad

    def flush(self) -> str:
        text = self._out.flush()
        return "" if self._out.garbage else text

    def accepts(self, piece: str) -> bool:
        return _accepts(self.kind, piece)

    def feed(self, piece: str) -> str:
        """Decode the next piece of the blob; returns the new text."""
        data = self._pending + _clean(self.kind, piece)
        quantum = {"base64": 4, "base32": 8, "hex": 2}[self.kind]
        usable = len(data) - len(data) % quantum
        if "=" in data:  # padding closes the blob
            usable, self.ended = len(data), True
        chunk, self._pending = data[:usable], data[usable:]
        try:
            raw = _decode(self.kind, chunk)
        except (binascii.Error, ValueError):
            self.alive = False
            return ""
        text = self._out.feed(raw)
        if self.ended:
            text += self._out.flush()
        if self._out.garbage:
            self.alive = False
            return ""
        return text


def _clean(kind: str, piece: str) -> str:
    if kind == "hex":
        return _HEX_SEPARATORS.sub("", piece)
    if kind == "base64":
        return piece.replace("-", "+").replace("_", "/")
    return piece.upper()


def _decode(kind: str, chunk: str) -> bytes:
    if not chunk:
        return b""
    if kind == "base64":
        return base64.b64decode(chunk + "=" * (-len(chunk) % 4))
    if kind == "base32":
        return base64.b32decode(chunk + "=" * (-len(chunk) % 8))
    return bytes.fromhex(chunk)


def _accepts(kind: str, piece: str) -> bool:
    if kind == "base64":
        return bool(_B64_PIECE.fullmatch(piece))
    if kind == "base32":
        return bool(_B32_PIECE.fullmatch(piece))
    cleaned = _HEX_SEPARATORS.sub("", piece)
    return bool(cleaned) and bool(_HEX_PIECE.fullmatch(cleaned))


def blob_starts(piece: str) -> list[str]:
    """Which blob decoders a piece could start (ordinary words start none)."""
    kinds = []
    if len(piece) >= MIN_BLOB_CHARS and _B64_PIECE.fullmatch(piece):
        if _B64_LOOKS_ENCODED.search(piece):
            kinds.append("base64")
        if _B32_PIECE.fullmatch(piece) and (piece.isupper() or any(c in "234567" for c in piece)):
            kinds.append("base32")
    if _accepts("hex", piece) and any(c.isdigit() for c in piece):
        cleaned = _HEX_SEPARATORS.sub("", piece)
        if len(cleaned) >= 2 and (len(cleaned) >= MIN_BLOB_CHARS or len(cleaned) % 2 == 0):
            kinds.append("hex")
    return kinds


class CharCodes:
    """Numbers read as character codes ("89 111 117", "0x59,0x6f", "U+0059", "&#89;")."""

    def __init__(self) -> None:
        self.run_start = -1
        self.run_length = 0

    def feed(self, piece: str, offset: int) -> str:
        codes = _CODE.findall(piece)
        if not codes:
            self.run_start, self.run_length = -1, 0
            return ""
        if self.run_start < 0:
            self.run_start = offset
        text = []
        for hex_code, decimal in codes:
            value = int(hex_code, 16) if hex_code else int(decimal)
            if 32 <= value < 0x110000 and not 0xD800 <= value < 0xE000:
                text.append(chr(value))
                self.run_length += 1
        return "".join(text)
