"""A creator's upload or pasted note turned into a titled, token-counted source, or refused."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from api_util_openai import count_text_tokens
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
_NAMES = {"pdf": "a PDF", "docx": "a Word document"}


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
        raise KnowledgeRefused(f"'{name}' is not a type GPT Lab can read: upload {_SUFFIXES}.")
    if len(data) > LIMITS.max_file_bytes:
        raise KnowledgeRefused(
            f"'{name}' is {len(data) / 1_000_000:,.1f} MB; a file can be at most "
            f"{LIMITS.max_file_bytes // 1_000_000} MB."
        )
    if not data.strip():
        raise KnowledgeRefused(f"'{name}' is empty.")
    text = _parse(name, kind, data)
    return _source(name, title, kind, text)


def read_paste(title: str, text: str) -> Source:
    """A pasted note as a source; its title is what the creator typed, or "Pasted text"."""
    clean_title = clean_title_text(title) or "Pasted text"
    if len(text.encode("utf-8", "surrogatepass")) > LIMITS.max_file_bytes:
        raise KnowledgeRefused(
            f"'{clean_title}' is too long: pasted text can be at most "
            f"{LIMITS.max_file_bytes // 1_000_000} MB."
        )
    body = text.encode("utf-8", "replace").decode("utf-8").replace("\r\n", "\n").strip()
    return _source(clean_title, clean_title, "paste", body)


def check_sources(sources: Sequence[Source]) -> None:
    """Refuse a set of sources beyond the count or total-token limits."""
    if len(sources) > LIMITS.max_sources:
        raise KnowledgeRefused(
            f"An assistant can have at most {LIMITS.max_sources} knowledge sources; "
            f"this one would have {len(sources)}. Remove one first."
        )
    total = sum(source.tokens for source in sources)
    if total > LIMITS.max_total_tokens:
        raise KnowledgeRefused(
            f"All knowledge together would be {total:,} tokens; an assistant can have at most "
            f"{LIMITS.max_total_tokens:,}. Remove or shorten a source first."
        )


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
        raise damaged(name, "Word document")
    if found != needed:
        what = _NAMES.get(kind, "a text file")
        looks = "an HTML page" if found == "text" and looks_like_html(data) else DESCRIPTIONS[found]
        raise KnowledgeRefused(
            f"'{name}' is not {what}: it looks like {looks}. Rename it or export it again."
        )
    if kind == "pdf":
        return pdf_text(name, data)
    if kind == "docx":
        return docx_text(name, data)
    text = decode_text(data)
    if text is None:
        raise KnowledgeRefused(
            f"'{name}' is not {_NAMES.get(kind, 'a text file')}: it looks like binary data. "
            "Rename it or export it again."
        )
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
        raise KnowledgeRefused(f"'{name}' could not be read: it may be damaged.") from None


def _source(name: str, title: str, kind: str, text: str) -> Source:
    if not text.strip():
        raise KnowledgeRefused(f"'{name}' has no text.")
    if len(text) > LIMITS.max_text_chars:
        raise _too_many_tokens(name, None)
    tokens = count_text_tokens(text, LIMITS.token_model)
    if tokens > LIMITS.max_source_tokens:
        raise _too_many_tokens(name, tokens)
    return Source(title=title, kind=kind, text=text, tokens=tokens)


def _too_many_tokens(name: str, tokens: int | None) -> KnowledgeRefused:
    size = f"{tokens:,} tokens" if tokens is not None else "too much text"
    return KnowledgeRefused(
        f"'{name}' has {size}; a source can have at most {LIMITS.max_source_tokens:,} tokens. "
        "Split it into smaller files."
    )
