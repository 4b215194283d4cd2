"""What a piece of Markdown renders as: its HTML (markdown-it-py, CommonMark with GFM tables
and strikethrough), its links, and the bare addresses Streamlit's renderer would link.

Streamlit renders with micromark and GFM, which links bare addresses in text too, escapes and
entities decoded; `bare_links` finds those as micromark does (checked against
micromark-extension-gfm: an address starts at a scheme right before "://" or at "www" right
before ".", followed by a character of a host; a zero-width space there is one, so this errs
towards finding more).
"""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt

_ANCHOR = re.compile(r'<a href="([^"]*)">(.*?)</a>( \([^)]*\))?', re.DOTALL)
_CODE = re.compile(r"<code>.*?</code>|<pre>.*?</pre>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_BARE = re.compile(r"(?i)(?<![a-z])(?:https?://|www\.)(?=[^\s!-/:-@]|-)")


def rendered(source: str) -> str:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(source)


def shown_text(source: str) -> str:
    """The text a reader sees, without tags and zero-width spaces."""
    return html.unescape(_TAG.sub("", rendered(source))).replace("\u200b", "")


def links(source: str) -> list[tuple[str, str, str]]:
    """(href, text, what follows it in parentheses) of every link the Markdown renders."""
    return [
        (html.unescape(m.group(1)), _TAG.sub("", m.group(2)), (m.group(3) or "").strip(" ()"))
        for m in _ANCHOR.finditer(rendered(source))
    ]


def bare_links(source: str) -> list[str]:
    """The bare addresses Streamlit's renderer would link: in the text outside links and code,
    escapes and entities decoded."""
    page = _CODE.sub("", _ANCHOR.sub("", rendered(source)))
    return _BARE.findall(html.unescape(_TAG.sub(" ", page)))
