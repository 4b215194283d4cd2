"""Text-like sources (.txt, .md, .csv, .html) decoded and turned into readable text."""

from __future__ import annotations

import csv
import io
import re
import unicodedata

import charset_normalizer
from inscriptis import get_annotated_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Text has few control characters; past this share, the "text" is binary data.
_MAX_CONTROL_SHARE = 0.01
_HEADINGS = {f"h{level}": [f"h{level}"] for level in range(1, 7)}
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)


def decode_text(data: bytes) -> str | None:
    """The text in any common encoding, or None when the bytes are not text."""
    text = _decode(data)
    if text is None or _looks_binary(text):
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    return None if best is None else str(best)


def _looks_binary(text: str) -> bool:
    sample = text[:100_000]
    controls = sum(
        1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"
    )
    return controls > len(sample) * _MAX_CONTROL_SHARE


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:2048].lstrip(b"\xef\xbb\xbf")))


def html_to_text(html: str) -> str:
    """Readable text with table rows on one line each and headings marked as in Markdown."""
    config = ParserConfig(
        css=CSS_PROFILES["strict"], annotation_rules=_HEADINGS, table_cell_separator="  |  "
    )
    annotated = get_annotated_text(html, config)
    text: str = annotated["text"]
    starts = sorted({(start, int(label[1])) for start, _end, label in annotated["label"]})
    parts, position = [], 0
    for start, level in starts:
        parts += [text[position:start], "#" * level, " "]
        position = start
    text = "".join([*parts, text[position:]])
    # Table columns come padded to line up; single spaces read the same and cost fewer tokens.
    return _tidy(re.sub(r"[ \t]{2,}", " ", text))


def csv_to_text(text: str) -> str:
    """One line per row, "header: value; header: value", so a row can be found on its own."""
    sample = text[:20_000]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text), dialect)
    header = [cell.strip() for cell in next(rows, [])]
    lines = []
    for row in rows:
        cells = [
            f"{header[i] if i < len(header) and header[i] else f'column {i + 1}'}: {cell.strip()}"
            for i, cell in enumerate(row)
            if cell.strip()
        ]
        if cells:
            lines.append("; ".join(cells))
    return "\n".join(lines)


def _tidy(text: str) -> str:
    """Trailing spaces off and runs of blank lines shortened, which converters leave behind."""
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
