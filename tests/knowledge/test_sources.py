"""Reading uploads and pastes: every accepted type on real files, and clear refusals."""

from __future__ import annotations

import time

import pytest

from knowledge import LIMITS, KnowledgeRefused, Source, check_sources, read_paste, read_upload
from tests.knowledge.files import docx_bytes, pdf_bytes, zip_bomb_docx


def refusal(filename: str, data: bytes) -> str:
    with pytest.raises(KnowledgeRefused) as caught:
        read_upload(filename, data)
    return caught.value.message


def test_a_pdf_gives_the_text_of_every_page_titled_by_its_file_name():
    source = read_upload("Price list.pdf", pdf_bytes([["Espresso cup 12 EUR"], ["Mug 18 EUR"]]))
    assert source.title == "Price list"
    assert source.kind == "pdf"
    assert "Espresso cup 12 EUR" in source.text and "Mug 18 EUR" in source.text
    assert source.tokens > 0


def test_a_word_document_keeps_headings_paragraphs_and_table_rows():
    data = docx_bytes(
        "Leave policy", ["You get 25 days a year."], [["Type", "Days"], ["Sick", "10"]]
    )
    source = read_upload("handbook.docx", data)
    assert source.kind == "docx"
    assert "# Leave policy" in source.text
    assert "You get 25 days a year." in source.text
    assert "Sick | 10" in source.text


def test_an_html_page_reads_as_text_with_headings_and_one_line_per_table_row():
    html = (
        "<html><head><title>t</title><script>var secret = 1;</script></head><body>"
        "<h2>Opening hours</h2><p>We open at <b>9</b>.</p>"
        "<table><tr><th>Day</th><th>Hours</th></tr><tr><td>Monday</td><td>9-17</td></tr></table>"
        "</body></html>"
    )
    source = read_upload("hours.html", html.encode())
    assert "## Opening hours" in source.text
    assert "We open at 9." in source.text
    assert any("Monday" in line and "9-17" in line for line in source.text.splitlines())
    assert "secret" not in source.text


def test_a_csv_row_becomes_one_readable_line_of_header_value_pairs():
    data = b"city,lodging_usd,notes\nSeattle,249,\nTokyo,280,Rates in USD\n"
    source = read_upload("rates.csv", data)
    assert source.text.splitlines() == [
        "city: Seattle; lodging_usd: 249",
        "city: Tokyo; lodging_usd: 280; notes: Rates in USD",
    ]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", "Envíos a Canarias: cinco días. ¿Devoluciones? Sí, en 30 días."),
        ("utf-8-sig", "Envíos a Canarias: cinco días. ¿Devoluciones? Sí, en 30 días."),
        ("utf-16", "Envíos a Canarias: cinco días. ¿Devoluciones? Sí, en 30 días."),
        ("latin-1", "Envíos a Canarias: cinco días. ¿Devoluciones? Sí, en 30 días. " * 5),
        ("shift_jis", "返品は商品到着後三十日以内に受け付けます。送料は無料です。" * 5),
        ("gbk", "退货须在收到商品后三十天内申请，运费由本店承担。请保留发票。" * 5),
    ],
)
def test_text_reads_in_any_common_encoding(encoding: str, text: str):
    source = read_upload("notes.txt", text.encode(encoding))
    assert source.text == text.strip()


def test_markdown_is_kept_as_written():
    source = read_upload("guide.md", b"# Setup\n\nFill the tank.\n")
    assert (source.kind, source.text) == ("md", "# Setup\n\nFill the tank.")


@pytest.mark.parametrize(
    ("filename", "data", "expected"),
    [
        (
            "report.pdf",
            docx_bytes("Title", ["Body"]),
            "'report.pdf' is not a PDF: it looks like a Word",
        ),
        (
            "report.docx",
            b"<!DOCTYPE html><html><body>Hi</body></html>",
            "is not a Word document: it looks like an HTML page",
        ),
        ("report.docx", pdf_bytes([["Hello"]]), "is not a Word document: it looks like a PDF"),
        (
            "setup.txt",
            b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(200),
            "is not a text file: it looks like a program",
        ),
        ("photo.md", b"\x89PNG\r\n\x1a\n" + bytes(100), "it looks like an image"),
        ("junk.md", bytes(range(256)) * 40, "is not a text file: it looks like binary data"),
        ("sheet.csv", b"PK\x03\x04" + bytes(100), "it looks like a damaged zip archive"),
    ],
)
def test_a_file_whose_name_and_content_disagree_is_refused_by_name(filename, data, expected):
    message = refusal(filename, data)
    assert expected in message
    assert "Rename it or export it again." in message


def test_an_unsupported_type_names_the_types_that_work():
    message = refusal("budget.xlsx", b"anything")
    assert "'budget.xlsx' is not a type GPT Lab can read" in message
    assert ".pdf" in message and ".docx" in message


def test_an_empty_file_is_refused():
    assert refusal("empty.txt", b"") == "'empty.txt' is empty."
    assert refusal("blank.md", b"  \n\n ") == "'blank.md' is empty."


def test_a_huge_upload_is_refused_by_its_size_before_reading():
    huge = b"a" * (LIMITS.max_file_bytes + 1)
    message = refusal("big.txt", huge)
    assert "'big.txt' is 10.0 MB; a file can be at most 10 MB." == message


def test_text_beyond_the_token_limit_is_refused_with_its_size():
    words = ("alpha beta gamma delta " * 100_000).encode()  # 400,000 tokens
    message = refusal("long.txt", words)
    assert "'long.txt' has" in message and "at most 300,000 tokens" in message


def test_a_zip_bomb_disguised_as_word_is_refused_before_decompression():
    message = refusal("contract.docx", zip_bomb_docx(2_000_000_000))
    assert "'contract.docx' unpacks to far more than a document needs" in message


def test_an_encrypted_pdf_is_refused_as_password_protected():
    message = refusal("board.pdf", pdf_bytes([["Merger plan"]], password="s3cret"))
    assert message == "'board.pdf' is password-protected. Remove the password and upload it again."


def test_a_pdf_without_text_is_refused_as_scanned_images():
    message = refusal("scan.pdf", pdf_bytes([[], []]))
    assert "no text GPT Lab can read: scanned pages are images" in message


def test_a_pdf_over_the_page_limit_is_refused(monkeypatch):
    monkeypatch.setattr("knowledge.documents.LIMITS", LIMITS.__class__(max_pdf_pages=2))
    message = refusal("thick.pdf", pdf_bytes([["a"], ["b"], ["c"]]))
    assert (
        message == "'thick.pdf' has 3 pages; a PDF can have at most 2. Split it into smaller files."
    )


def test_a_damaged_file_gets_a_message_never_its_content_or_a_traceback():
    broken = pdf_bytes([["Confidential margin 42%"]])[:300]
    message = refusal("margins.pdf", broken)
    assert (
        message == "'margins.pdf' could not be read as a PDF: it may be damaged. Export it again."
    )
    docx = docx_bytes("Salaries", ["Ana earns 90k"])
    message = refusal("pay.docx", docx[: len(docx) // 2])
    assert "'pay.docx' could not be read as a Word document" in message
    assert "90k" not in message


def test_titles_come_from_file_names_without_folders_and_are_bounded():
    source = read_upload("C:\\Users\\ana\\  Return   policy .md", b"Thirty days.")
    assert source.title == "Return policy"
    long_name = "x" * 500 + ".txt"
    assert len(read_upload(long_name, b"text").title) <= LIMITS.max_title_chars
    assert "not a type GPT Lab can read" in refusal(".md", b"text")


def test_a_paste_is_a_source_titled_as_typed_or_pasted_text():
    source = read_paste("  Internal   notes ", "Discount code for staff: 15%.\r\n")
    assert source == Source("Internal notes", "paste", "Discount code for staff: 15%.", 8)
    assert read_paste("", "Something").title == "Pasted text"
    with pytest.raises(KnowledgeRefused, match="'Empty' has no text"):
        read_paste("Empty", "   ")


def test_too_many_sources_or_tokens_in_all_are_refused():
    one = Source("a", "paste", "text", LIMITS.max_source_tokens)
    check_sources([one] * 3)
    with pytest.raises(KnowledgeRefused, match="at most 20 knowledge sources"):
        check_sources([Source("a", "paste", "text", 1)] * 21)
    with pytest.raises(KnowledgeRefused, match="at most 1,000,000"):
        check_sources([one] * 4)


def test_an_html_page_with_thousands_of_headings_reads_quickly():
    html = "<html><body>" + "<h3>Term</h3><p>Its meaning.</p>" * 20_000 + "</body></html>"
    start = time.perf_counter()
    source = read_upload("glossary.html", html.encode())
    assert time.perf_counter() - start < 20
    assert source.text.count("### Term") == 20_000
