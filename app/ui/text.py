"""Rendering text safely: what users wrote as plain text, what models wrote as tame markdown."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from i18n import current_language, speaking, tr_noop
from ui.inert_links import InertStream, break_autolinks
from ui.reply_links import honest_links

# CommonMark lets any ASCII punctuation be backslash-escaped, which makes it literal.
_ASCII_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_LEADING_WHITESPACE = re.compile(r"^([ \t]+)", re.MULTILINE)


@functools.lru_cache(maxsize=8192)  # a chat rerun renders every message again
def plain(text: str) -> str:
    """Markdown source that renders `text` exactly as typed: no links, images or formatting.
    Bare URLs, www. names and e-mail addresses are auto-linked even when escaped: a zero-width
    space where the renderer would start one (break_autolinks) keeps them text."""
    escaped = _ASCII_PUNCTUATION.sub(r"\\\1", break_autolinks(text or ""))
    # Leading spaces would start a code block; non-breaking spaces keep the indentation.
    escaped = _LEADING_WHITESPACE.sub(
        lambda m: m.group(1).replace("\t", "\u00a0" * 4).replace(" ", "\u00a0"), escaped
    )
    return escaped.replace("\r\n", "\n").replace("\n", "  \n")


def model_markdown(text: str) -> str:
    """A model's reply keeps its formatting, but loads no image and hides no link's target: an
    image URL, or a link's, could carry the conversation to a server of the assistant creator's
    choosing (ui.reply_links: off-site links show their host, images are text)."""
    return _honest_in(text or "", current_language())


@functools.lru_cache(maxsize=8192)
def _honest_in(text: str, language: str) -> str:
    """Cached per language: what replaces an image or a removed link is said in it."""
    with speaking(language):
        return honest_links(text)


def counted(number: int, noun: str) -> str:
    """ "1 session", "2 sessions", "1,204 messages": a count and its noun, in the right number."""
    return f"{number:,} {noun if number == 1 else noun + 's'}"


def tame_stream(chunks: Iterable[str]) -> Iterator[str]:
    """A streamed reply with every link construct broken (reply_links.inert_links), since a
    link's target, or the reference definition that makes text a link, may come in a later
    chunk: links show as their Markdown until the reply is complete and shown through
    model_markdown. A chunk's end that may begin a bare address waits for the next one."""
    stream = InertStream()
    for chunk in chunks:
        if text := stream.feed(chunk):
            yield text
    if rest := stream.close():
        yield rest


# One wording for where the key is, used by Home, the sign-in form and the FAQ; marked for the
# catalogs here, shown with tr(KEY_HELD) where drawn.
KEY_HELD = tr_noop(
    "Your key is held in our server's memory for this browser tab only, and is never stored: "
    "we keep a one-way hash of it to recognise you."
)
RELOAD_ASKS_AGAIN = tr_noop(
    "Reloading the page or opening a new tab asks for your key again; your chats and drafts "
    "are kept."
)
GET_A_KEY = tr_noop(
    "Get a key at [platform.openai.com/api-keys](https://platform.openai.com/api-keys), or use "
    "any OpenAI-compatible provider this deployment is set up for."
)
ABOUT_GPT_LAB = tr_noop(
    "**GPT Lab** is a place to chat with AI assistants that people have built, and to build and "
    "share your own. Replies come from a model billed to your own API key, so you need one to "
    "chat."
)
