"""What a file really is, from its first bytes and structure rather than from its name."""

from __future__ import annotations

import io
import zipfile

from i18n import tr_noop

# Kinds that contents can reveal, each with how a message describes it (translated when shown).
DESCRIPTIONS = {
    "pdf": tr_noop("a PDF"),
    "docx": tr_noop("a Word document"),
    "office": tr_noop("another Office document (a spreadsheet or a presentation)"),
    "odf": tr_noop("an OpenDocument file"),
    "zip": tr_noop("a zip archive"),
    "broken_zip": tr_noop("a damaged zip archive"),
    "ole": tr_noop("an old-style Office file (.doc, .xls or .ppt)"),
    "program": tr_noop("a program"),
    "image": tr_noop("an image"),
    "archive": tr_noop("a compressed archive"),
    "media": tr_noop("an audio or video file"),
    "text": tr_noop("a text file"),
}

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"MZ", "program"),
    (b"\x7fELF", "program"),
    (b"\xfe\xed\xfa\xce", "program"),
    (b"\xfe\xed\xfa\xcf", "program"),
    (b"\xcf\xfa\xed\xfe", "program"),
    (b"\xce\xfa\xed\xfe", "program"),
    (b"\xca\xfe\xba\xbe", "program"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"BM", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"\x1f\x8b", "archive"),
    (b"7z\xbc\xaf\x27\x1c", "archive"),
    (b"Rar!", "archive"),
    (b"BZh", "archive"),
    (b"\xfd7zXZ\x00", "archive"),
    (b"ID3", "media"),
    (b"OggS", "media"),
    (b"fLaC", "media"),
)


def sniff(data: bytes) -> str:
    """The kind the content shows: a key of DESCRIPTIONS ("text" when no binary format matches)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image"
    if head.startswith(b"RIFF") or head[4:8] == b"ftyp":
        return "media"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            # "MZ" and "BM" also start ordinary text ("BMW"); only a binary head is a format.
            if magic in (b"MZ", b"BM") and b"\x00" not in head:
                continue
            return kind
    return "text"


def _zip_kind(data: bytes) -> str:
    """Which Office format a zip is, from its directory only (nothing is decompressed)."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "broken_zip"
    if "word/document.xml" in names:
        return "docx"
    if any(name.startswith(("xl/", "ppt/")) for name in names):
        return "office"
    if "mimetype" in names and "content.xml" in names:
        return "odf"
    return "zip"
