"""A creator's upload or pasted note turned into a titled, token-counted source, or refused."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from babel.numbers import format_decimal

from api_util_openai import count_text_tokens
from i18n import current_language, format_number, tr
from knowledge.documents import damaged, docx_text, pdf_text
from knowledge.limits import LIMITS, KnowledgeRefused
from knowledge.plain import csv_to_text, decode_text, html_to_text, looks_like_html
from knowledge.sniff import DESCRIPTIONS, sniff

# The kind each accepted file name ending promises.
SUFFIX_KINDS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
}
_SUFFIXES = ", ".join(sorted({suffix for suffix in SUFFIX_KINDS if suffix != ".htm"}))
# What a kind must contain: a PDF must be a PDF, a Word file a Word file, the rest text.
_CONTENT_NEEDED = {"pdf": "pdf", "docx": "docx"}


@dataclass(frozen=True)
class Source:
    title: str
    kind: str  # "pdf", "docx", "html", "csv", "md", "txt" or "paste"
    text: str
    tokens: int


def read_upload(filename: str, data: bytes) -> Source:
    """Read one uploaded file, checking its real type from its content before parsing it."""
    title, suffix = _title_and_suffix(filename)
    name = f"{title}{suffix}"
    kind = SUFFIX_KINDS.get(suffix.lower())
    if kind is None:
        raise KnowledgeRefused(
            tr(
                "'{name}' is not a type GPT Lab can read: upload {suffixes}.",
                name=name,
                suffixes=_SUFFIXES,
            )
        )
    if len(data) > LIMITS.max_file_bytes:
        raise KnowledgeRefused(
            tr(
                "'{name}' is {size} MB; a file can be at most {maximum} MB.",
                name=name,
                size=_megabytes(len(data)),
                maximum=format_number(LIMITS.max_file_bytes // 1_000_000),
            )
        )
    if not data.strip():
        raise KnowledgeRefused(tr("'{name}' is empty.", name=name))
    text = _parse(name, kind, data)
    return _source(name, title, kind, text)


def read_paste(title: str, text: str) -> Source:
    """A pasted note as a source; its title is what the creator typed, or "Pasted text"."""
    clean_title = clean_title_text(title) or "Pasted text"
    if len(text.encode("utf-8", "surrogatepass")) > LIMITS.max_file_bytes:
        raise KnowledgeRefused(
            tr(
                "'{name}' is too long: pasted text can be at most {maximum} MB.",
                name=clean_title,
                maximum=format_number(LIMITS.max_file_bytes // 1_000_000),
            )
        )
    body = text.encode("utf-8", "replace").decode("utf-8").replace("\r\n", "\n").strip()
    return _source(clean_title, clean_title, "paste", body)


def check_sources(sources: Sequence[Source]) -> None:
    """Refuse a set of sources beyond the count or total-token limits."""
    if len(sources) > LIMITS.max_sources:
        raise KnowledgeRefused(
            tr(
                "An assistant can have at most {maximum} knowledge sources; this one would "
                "have {count}. Remove one first.",
                maximum=LIMITS.max_sources,
                count=len(sources),
            )
        )
    total = sum(source.tokens for source in sources)
    if total > LIMITS.max_total_tokens:
        raise KnowledgeRefused(
            tr(
                "All knowledge together would be {total} tokens; an assistant can have at most "
                "{maximum}. Remove or shorten a source first.",
                total=format_number(total),
                maximum=format_number(LIMITS.max_total_tokens),
            )
        )


def _megabytes(size: int) -> str:
    """ "10.0", "10,0": a file's size in MB with one decimal, as the visitor writes numbers."""
    return format_decimal(size / 1_000_000, format="#,##0.0", locale=current_language())


def _title_and_suffix(filename: str) -> tuple[str, str]:
    """The file's own name (no folders) cleaned and bounded, and its ending ("" if none)."""
    base = " ".join(re.split(r"[\\/]", filename or "")[-1].split())
    stem, dot, suffix = base.rpartition(".")
    if not dot or not stem.strip() or not suffix.isalnum() or len(suffix) > 10:
        return clean_title_text(base) or "Untitled file", ""
    return clean_title_text(stem) or "Untitled file", f".{suffix}"


def clean_title_text(text: str) -> str:
    visible = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    collapsed = " ".join(visible.split())
    if len(collapsed) > LIMITS.max_title_chars:
        collapsed = collapsed[: LIMITS.max_title_chars - 1].rstrip() + "…"
    return collapsed


def _parse(name: str, kind: str, data: bytes) -> str:
    found = sniff(data)
    needed = _CONTENT_NEEDED.get(kind, "text")
    if kind == "docx" and found == "broken_zip":
        raise damaged(name, "docx")
    if found != needed:
        page = found == "text" and looks_like_html(data)
        looks = tr("an HTML page") if page else tr(DESCRIPTIONS[found])
        raise _not_its_kind(name, kind, looks)
    if kind == "pdf":
        return pdf_text(name, data)
    if kind == "docx":
        return docx_text(name, data)
    text = decode_text(data)
    if text is None:
        raise _not_its_kind(name, kind, tr("binary data"))
    if len(text) > LIMITS.max_text_chars:
        raise _too_many_tokens(name, None)
    if kind == "html":
        return _converted(name, html_to_text, text)
    if kind == "csv":
        return _converted(name, csv_to_text, text)
    return text.strip()


def _converted(name: str, convert: Callable[[str], str], text: str) -> str:
    try:
        return convert(text)
    except Exception:  # noqa: BLE001 - a converter failure is a damaged file to a user
        raise KnowledgeRefused(
            tr("'{name}' could not be read: it may be damaged.", name=name)
        ) from None


def _source(name: str, title: str, kind: str, text: str) -> Source:
    if not text.strip():
        raise KnowledgeRefused(tr("'{name}' has no text.", name=name))
    if len(text) > LIMITS.max_text_chars:
        raise _too_many_tokens(name, None)
    tokens = count_text_tokens(text, LIMITS.token_model)
    if tokens > LIMITS.max_source_tokens:
        raise _too_many_tokens(name, tokens)
    return Source(title=title, kind=kind, text=text, tokens=tokens)


def _too_many_tokens(name: str, tokens: int | None) -> KnowledgeRefused:
    maximum = format_number(LIMITS.max_source_tokens)
    if tokens is None:
        text = tr(
            "'{name}' has too much text; a source can have at most {maximum} tokens. Split it "
            "into smaller files.",
            name=name,
            maximum=maximum,
        )
    else:
        text = tr(
            "'{name}' has {tokens} tokens; a source can have at most {maximum} tokens. Split "
            "it into smaller files.",
            name=name,
            tokens=format_number(tokens),
            maximum=maximum,
        )
    return KnowledgeRefused(text)


def _not_its_kind(name: str, kind: str, looks: str) -> KnowledgeRefused:
    """A file whose content is not what its name ending promises; `looks` says what it is."""
    if kind == "pdf":
        text = tr(
            "'{name}' is not a PDF: it looks like {looks}. Rename it or export it again.",
            name=name,
            looks=looks,
        )
    elif kind == "docx":
        text = tr(
            "'{name}' is not a Word document: it looks like {looks}. Rename it or export it again.",
            name=name,
            looks=looks,
        )
    else:
        text = tr(
            "'{name}' is not a text file: it looks like {looks}. Rename it or export it again.",
            name=name,
            looks=looks,
        )
    return KnowledgeRefused(text)
