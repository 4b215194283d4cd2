"""Chunks: a few hundred tokens each whatever the text, with the headings they sit under."""

from __future__ import annotations

import time

import pytest

from knowledge import LIMITS, chunk_source

BOUND = LIMITS.chunk_max_tokens + 40  # a lone heading may join the passage after it


def test_passages_carry_their_heading_path_and_source_index():
    text = (
        "# Manual\n\nIntro.\n\n## Cleaning\n\n"
        + "Rinse the group head daily. " * 80
        + "\n\n### Descaling\n\nDescale every 3 months.\n"
    )
    chunks = chunk_source(3, text)
    assert {chunk.source for chunk in chunks} == {3}
    assert [chunk.ordinal for chunk in chunks] == list(range(len(chunks)))
    descaling = next(chunk for chunk in chunks if "Descale every 3 months." in chunk.text)
    assert descaling.heading == "Manual > Cleaning > Descaling"
    assert all(chunk.tokens <= BOUND for chunk in chunks)


def test_a_heading_inside_a_code_block_is_not_a_heading():
    chunks = chunk_source(0, "# Real\n\n```\n# not a heading\n```\n\nBody text here.\n")
    assert [chunk.heading for chunk in chunks] == ["Real"]


@pytest.mark.parametrize(
    "text",
    [
        "x" * 1_000_000,  # a 1 MB line with no spaces
        "漢字かな交じり文" * 50_000,  # CJK with no spaces or punctuation
        "\n" * 100_000 + "a few words\n" * 2_000,  # 100,000 newlines
        "word " * 200_000,  # a 1 MB plain paragraph
    ],
)
def test_chunks_stay_bounded_and_quick_whatever_the_text(text: str):
    chunk_source(0, "warm up the splitter")
    start = time.perf_counter()
    chunks = chunk_source(0, text)
    assert time.perf_counter() - start < 20
    assert chunks and all(0 < chunk.tokens <= BOUND for chunk in chunks)


def test_chunks_cover_the_whole_text():
    paragraphs = [f"Paragraph {number} says fact {number * 7}." for number in range(400)]
    chunks = chunk_source(0, "\n\n".join(paragraphs))
    joined = "\n".join(chunk.text for chunk in chunks)
    assert all(paragraph in joined for paragraph in paragraphs)
    assert len(chunks) > 5


def test_empty_text_has_no_chunks():
    assert chunk_source(0, "  \n\n ") == []
