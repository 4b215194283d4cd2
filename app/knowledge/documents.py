"""PDF and Word sources read with maintained libraries, bounded in pages, size and time."""

from __future__ import annotations

import io
import logging
import time
import zipfile
from collections.abc import Sequence

import docx
import pypdf
from docx.table import Table
from docx.text.paragraph import Paragraph

from i18n import format_number, tr
from knowledge.limits import LIMITS, KnowledgeRefused

logger = logging.getLogger(__name__)
# pypdf reports broken files through warnings on its logger; they may quote file content.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def pdf_text(name: str, data: bytes) -> str:
    """The text of every page, pages apart by a blank line."""
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise KnowledgeRefused(
                tr(
                    "'{name}' is password-protected. Remove the password and upload it again.",
                    name=name,
                )
            )
        pages = reader.pages
        count = len(pages)
    except KnowledgeRefused:
        raise
    except Exception as error:  # noqa: BLE001 - any parser failure is a damaged file to a user
        logger.info("unreadable PDF: %s", type(error).__name__)
        raise damaged(name, "pdf") from None
    if count > LIMITS.max_pdf_pages:
        raise KnowledgeRefused(
            tr(
                "'{name}' has {count} pages; a PDF can have at most {maximum}. Split it into "
                "smaller files.",
                name=name,
                count=format_number(count),
                maximum=format_number(LIMITS.max_pdf_pages),
            )
        )
    return _pages_text(name, pages)


def _pages_text(name: str, pages: Sequence[pypdf.PageObject]) -> str:
    deadline = time.monotonic() + LIMITS.max_parse_seconds
    texts: list[str] = []
    length = 0
    for page in pages:
        try:
            text = page.extract_text() or ""
        except Exception as error:  # noqa: BLE001
            logger.info("unreadable PDF page: %s", type(error).__name__)
            raise damaged(name, "pdf") from None
        texts.append(text.strip())
        length += len(text)
        if length > LIMITS.max_text_chars:
            raise _too_long(name)
        if time.monotonic() > deadline:
            raise KnowledgeRefused(
                tr(
                    "'{name}' takes too long to read. Export it again as a PDF, or paste its text.",
                    name=name,
                )
            )
    joined = "\n\n".join(text for text in texts if text)
    if not joined.strip():
        raise KnowledgeRefused(
            tr(
                "'{name}' has no text GPT Lab can read: scanned pages are images. Export it "
                "with text (or run text recognition on it) and upload it again.",
                name=name,
            )
        )
    return joined


def docx_text(name: str, data: bytes) -> str:
    """Paragraphs and table rows in reading order, headings marked as in Markdown."""
    _check_zip(name, data)
    try:
        document = docx.Document(io.BytesIO(data))
        lines = [_block_text(block) for block in document.iter_inner_content()]
    except Exception as error:  # noqa: BLE001
        logger.info("unreadable Word document: %s", type(error).__name__)
        raise damaged(name, "docx") from None
    text = "\n\n".join(line for line in lines if line.strip())
    if len(text) > LIMITS.max_text_chars:
        raise _too_long(name)
    return text


def _check_zip(name: str, data: bytes) -> None:
    """Refuse a zip bomb from the directory alone, before anything is decompressed."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise damaged(name, "docx") from None
    declared = sum(member.file_size for member in members)
    if len(members) > LIMITS.max_zip_members or declared > LIMITS.max_unzipped_bytes:
        raise KnowledgeRefused(
            tr(
                "'{name}' unpacks to far more than a document needs (over {megabytes} MB or "
                "{parts} parts), so it was not opened.",
                name=name,
                megabytes=format_number(LIMITS.max_unzipped_bytes // 1_000_000),
                parts=format_number(LIMITS.max_zip_members),
            )
        )


def _block_text(block: Paragraph | Table) -> str:
    if isinstance(block, Table):
        rows = (" | ".join(cell.text.strip() for cell in row.cells) for row in block.rows)
        return "\n".join(rows)
    text = block.text.strip()
    style = (block.style.name if block.style is not None else "") or ""
    if text and style.startswith("Heading "):
        level = style.removeprefix("Heading ").strip()
        if level.isdigit():
            return f"{'#' * min(int(level), 6)} {text}"
    if text and style == "Title":
        return f"# {text}"
    return text


def damaged(name: str, kind: str) -> KnowledgeRefused:
    """A file of `kind` ("pdf" or "docx") its reader could not open."""
    if kind == "pdf":
        text = tr(
            "'{name}' could not be read as a PDF: it may be damaged. Export it again.", name=name
        )
    else:
        text = tr(
            "'{name}' could not be read as a Word document: it may be damaged. Export it again.",
            name=name,
        )
    return KnowledgeRefused(text)


def _too_long(name: str) -> KnowledgeRefused:
    return KnowledgeRefused(
        tr(
            "'{name}' has too much text: a source can have at most {maximum} tokens. Split it "
            "into smaller files.",
            name=name,
            maximum=format_number(LIMITS.max_source_tokens),
        )
    )
