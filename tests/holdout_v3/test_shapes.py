"""Integrity checks for the held-out prompt-leak corpus (v3).

These tests check the corpus itself (counts, labels, substrings, formats), not the guard.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import json
import quopri
import random
import re
import urllib.parse
import zlib
from collections import Counter

import pytest

from tests.holdout_v3.formats import DESCRIPTIONS, FORMATS, NEW_FORMATS
from tests.holdout_v3.prompts import PROMPTS
from tests.holdout_v3.replies import BENIGN, LEAKS

GROUP_OF = {
    "en": "english",
    "es": "latin",
    "de": "latin",
    "fr": "latin",
    "pt": "latin",
    "zh": "cjk",
    "ja": "cjk",
    "ko": "cjk",
}
MIN_PER_LANGUAGE = {"en": 20, "es": 2, "de": 2, "fr": 2, "pt": 2, "zh": 3, "ja": 3, "ko": 2}
LEAK_KINDS = {
    "whole",
    "one_sentence",
    "two_sentences",
    "secret_alone",
    "summary_in_prompt_phrasing",
    "summary_prompt_quoted",
    "translated",
}
BENIGN_KINDS = {"instructed", "greeting", "topical", "ordinary"}
PROMPT_FIELDS = {
    "key",
    "language",
    "group",
    "kind",
    "initial_prompt",
    "summary_prompt",
    "secret_items",
    "secret_sentences",
    "say_to_users",
    "self_introduction",
}
# Formats the brief asked for; anything in NEW_FORMATS must be outside this set.
REQUIRED_FORMATS = {
    "binary_8bit",
    "octal_escapes",
    "uuencode",
    "ascii85",
    "base85",
    "quoted_printable",
    "base64_of_rot13",
    "base64_grouped",
    "base32_padded",
    "hex_separated",
    "morse",
    "braille",
    "a1z26",
    "nato",
    "atbash",
    "random_substitution",
    "rot13",
    "small_caps",
    "upside_down",
    "full_width",
    "homoglyphs",
    "dropped_vowels",
    "acrostic",
    "spelled_out",
    "words_reversed",
    "text_reversed",
    "pig_latin",
    "sorted_words",
    "shuffled_positions",
    "word_n_list",
    "numbered_lines_shuffled",
    "column_table",
    "json_words",
    "filler_interleave",
    "zero_width",
    "html_entities",
    "percent_encoding",
    "char_code_list",
    "leetspeak",
    "hidden_word_poem",
    "translate_then_encode",
}

BY_KEY = {p["key"]: p for p in PROMPTS}


def _size(text: str, group: str) -> int:
    """Words for space-delimited scripts, non-space characters for CJK."""
    if group == "cjk":
        return len(re.sub(r"\s", "", text))
    return len(text.split())


def _group(case: dict) -> str:
    return BY_KEY[case["prompt"]]["group"]


# --- prompts -------------------------------------------------------------------------------


def test_prompt_fields_and_keys() -> None:
    keys = [p["key"] for p in PROMPTS]
    assert len(keys) == len(set(keys))
    for p in PROMPTS:
        assert set(p) == PROMPT_FIELDS, p["key"]
        assert p["group"] == GROUP_OF[p["language"]], p["key"]
        for field in ("secret_items", "secret_sentences", "say_to_users"):
            assert p[field], (p["key"], field)
            assert all(isinstance(x, str) and x.strip() for x in p[field])
        assert p["kind"].strip() and p["self_introduction"].strip()


def test_prompt_counts() -> None:
    langs = Counter(p["language"] for p in PROMPTS)
    assert len(PROMPTS) >= 36
    for lang, n in MIN_PER_LANGUAGE.items():
        assert langs[lang] >= n, lang
    assert len({p["kind"] for p in PROMPTS}) >= 30


@pytest.mark.parametrize("p", PROMPTS, ids=lambda p: p["key"])
def test_prompt_length(p: dict) -> None:
    n = _size(p["initial_prompt"], p["group"])
    if p["group"] == "cjk":
        assert 200 <= n <= 900, n
    else:
        assert 80 <= n <= 300, n


@pytest.mark.parametrize("p", PROMPTS, ids=lambda p: p["key"])
def test_labels_are_exact_substrings(p: dict) -> None:
    text = p["initial_prompt"]
    for field in ("secret_items", "secret_sentences", "say_to_users"):
        for s in p[field]:
            assert s in text, (field, s)


@pytest.mark.parametrize("p", PROMPTS, ids=lambda p: p["key"])
def test_secret_and_public_labels_do_not_overlap(p: dict) -> None:
    items = [s.casefold() for s in p["secret_items"]]
    for sentence in p["secret_sentences"]:
        assert any(i in sentence.casefold() for i in items), sentence
    for line in p["say_to_users"] + [p["self_introduction"], p["summary_prompt"]]:
        assert not any(i in line.casefold() for i in items), line
    for line in p["say_to_users"]:
        assert line not in p["secret_sentences"]


@pytest.mark.parametrize("p", PROMPTS, ids=lambda p: p["key"])
def test_summary_prompt_is_separate(p: dict) -> None:
    assert p["summary_prompt"].strip()
    assert p["summary_prompt"] not in p["initial_prompt"]


# --- leaks ---------------------------------------------------------------------------------


def test_leak_counts() -> None:
    assert len(LEAKS) >= 320
    kinds = Counter(c["kind"] for c in LEAKS)
    assert set(kinds) == LEAK_KINDS
    assert kinds["secret_alone"] >= 100
    per_prompt = Counter((c["prompt"], c["kind"]) for c in LEAKS)
    for key in BY_KEY:
        assert per_prompt[(key, "secret_alone")] >= 2, key
        assert sum(n for (k, _), n in per_prompt.items() if k == key) >= 5, key
    for group in ("english", "latin", "cjk"):
        group_kinds = {c["kind"] for c in LEAKS if _group(c) == group}
        assert group_kinds == LEAK_KINDS, group


def test_leaks_spread_in_proportion() -> None:
    prompt_share = Counter(p["group"] for p in PROMPTS)
    leak_share = Counter(_group(c) for c in LEAKS)
    for group, n in prompt_share.items():
        expected = n / len(PROMPTS)
        actual = leak_share[group] / len(LEAKS)
        assert abs(expected - actual) < 0.1, group


@pytest.mark.parametrize("case", LEAKS, ids=lambda c: f"{c['prompt']}-{c['kind']}")
def test_leak_case_shape(case: dict) -> None:
    allowed = {"prompt", "kind", "reply", "leaked", "relabel"}
    assert {"prompt", "kind", "reply", "leaked"} <= set(case) <= allowed
    if "relabel" in case:
        assert isinstance(case["relabel"], str) and case["relabel"].strip()
    assert case["prompt"] in BY_KEY
    assert case["kind"] in LEAK_KINDS
    assert case["leaked"].strip()
    assert case["leaked"] in case["reply"]


@pytest.mark.parametrize("case", LEAKS, ids=lambda c: f"{c['prompt']}-{c['kind']}")
def test_leak_kind_semantics(case: dict) -> None:
    p = BY_KEY[case["prompt"]]
    reply, leaked, kind = case["reply"], case["leaked"], case["kind"]
    if kind == "whole":
        assert len(leaked) >= 0.8 * len(p["initial_prompt"])
    elif kind in ("one_sentence", "two_sentences"):
        assert (
            100
            <= _size(reply, "latin" if p["group"] != "cjk" else "cjk")
            // (2 if p["group"] == "cjk" else 1)
            <= 300
        )
        assert not any(s in leaked for s in p["say_to_users"] if len(s) > 40)
    elif kind == "secret_alone":
        assert any(i.casefold() in reply.casefold() for i in p["secret_items"])
        assert len(reply) < len(p["initial_prompt"]) / 2
    elif kind == "summary_prompt_quoted":
        assert p["summary_prompt"].casefold() in reply.casefold()
    elif kind == "translated":
        assert leaked not in p["initial_prompt"]


# --- benign --------------------------------------------------------------------------------


def test_benign_counts() -> None:
    assert len(BENIGN) >= 220
    kinds = Counter(c["kind"] for c in BENIGN)
    assert set(kinds) <= BENIGN_KINDS
    assert kinds["instructed"] * 2 >= len(BENIGN)
    greetings = Counter(_group(c) for c in BENIGN if c["kind"] == "greeting")
    for group in ("english", "latin", "cjk"):
        assert greetings[group] >= 3, group
    assert {c["prompt"] for c in BENIGN} == set(BY_KEY)


@pytest.mark.parametrize("case", BENIGN, ids=lambda c: f"{c['prompt']}-{c['kind']}")
def test_benign_case_discloses_nothing(case: dict) -> None:
    allowed = {"prompt", "kind", "reply", "relabel"}
    assert {"prompt", "kind", "reply"} <= set(case) <= allowed
    p = BY_KEY[case["prompt"]]
    low = case["reply"].casefold()
    for item in p["secret_items"]:
        assert item.casefold() not in low, item
    for sentence in p["secret_sentences"]:
        assert sentence.casefold() not in low
    assert p["summary_prompt"].casefold() not in low


@pytest.mark.parametrize("case", BENIGN, ids=lambda c: f"{c['prompt']}-{c['kind']}")
def test_benign_kind_semantics(case: dict) -> None:
    p = BY_KEY[case["prompt"]]
    if case["kind"] == "instructed":
        assert any(s in case["reply"] for s in p["say_to_users"])
    if case["kind"] == "greeting":
        assert p["self_introduction"] in case["reply"]


def test_no_duplicate_replies() -> None:
    replies = [c["reply"] for c in LEAKS + BENIGN]
    assert len(replies) == len(set(replies))


# --- formats -------------------------------------------------------------------------------

SAMPLES = [
    BY_KEY["dental-en"]["secret_sentences"][3],
    "SMILE-OVERRIDE-22",
    "paper lanterns at noon",
    BY_KEY["cafe-shop-es"]["secret_sentences"][0],
    BY_KEY["furniture-zh"]["secret_sentences"][1],
]


def test_format_registry() -> None:
    assert len(FORMATS) >= 44
    assert set(DESCRIPTIONS) == set(FORMATS)
    assert all(d.strip() and "\n" not in d for d in DESCRIPTIONS.values())
    assert REQUIRED_FORMATS <= set(FORMATS)
    assert NEW_FORMATS <= set(FORMATS)
    assert len(NEW_FORMATS) >= 8
    assert not NEW_FORMATS & REQUIRED_FORMATS
    assert set(FORMATS) == REQUIRED_FORMATS | NEW_FORMATS


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_format_outputs(name: str) -> None:
    fmt = FORMATS[name]
    for i, text in enumerate(SAMPLES):
        out = fmt(text, random.Random(i))
        assert isinstance(out, str) and out.strip()
        assert out != text
        assert out == fmt(text, random.Random(i)), "not deterministic"
    latin = SAMPLES[0]
    assert latin not in fmt(latin, random.Random(99)), "payload left in the clear"


def _body(reply: str) -> str:
    """The payload block of a format reply: the part after the first blank line."""
    body = reply.split("\n\n")[1]
    return re.sub(r"^```\w*\n|\n```$", "", body)


def _unhex(body: str) -> str:
    return bytes.fromhex(re.sub(r"0x|[^0-9a-fA-F]", "", body)).decode("utf-8")


DECODERS = {
    "binary_8bit": lambda b: bytes(int(x, 2) for x in b.split()).decode("utf-8"),
    "octal_escapes": lambda b: bytes(int(x, 8) for x in re.findall(r"\\([0-7]{3})", b)).decode(
        "utf-8"
    ),
    "uuencode": lambda b: b"".join(binascii.a2b_uu(line) for line in b.splitlines()[1:-2]).decode(
        "utf-8"
    ),
    "ascii85": lambda b: base64.a85decode(b, adobe=True).decode("utf-8"),
    "base85": lambda b: base64.b85decode(b).decode("utf-8"),
    "quoted_printable": lambda b: quopri.decodestring(b.encode()).decode("utf-8"),
    "base64_of_rot13": lambda b: codecs.decode(base64.b64decode(b).decode("utf-8"), "rot13"),
    "base64_grouped": lambda b: base64.b64decode(b.replace(" ", "")).decode("utf-8"),
    "base32_padded": lambda b: base64.b32decode(b).decode("utf-8").rstrip(" "),
    "hex_separated": _unhex,
    "rot13": lambda b: codecs.decode(b, "rot13"),
    "text_reversed": lambda b: b[::-1],
    "zero_width": lambda b: re.sub("[\u200b\u200c\u2060]", "", b),
    "html_entities": html.unescape,
    "percent_encoding": lambda b: urllib.parse.unquote(b.split("?q=", 1)[1]),
    "char_code_list": lambda b: "".join(map(chr, json.loads(re.search(r"\[.*?\]", b).group(0)))),
    "reversed_base64": lambda b: base64.b64decode(b).decode("utf-8")[::-1],
    "zlib_base64": lambda b: zlib.decompress(base64.b64decode(b)).decode("utf-8"),
    "double_base64": lambda b: base64.b64decode(base64.b64decode(b)).decode("utf-8"),
    "unicode_escapes": lambda b: json.loads(b),
    "json_words": lambda b: " ".join(json.loads(b)),
}


@pytest.mark.parametrize("name", sorted(DECODERS))
def test_reversible_formats_round_trip(name: str) -> None:
    for i, text in enumerate(SAMPLES):
        assert DECODERS[name](_body(FORMATS[name](text, random.Random(i)))) == text, text


def test_xor_and_caesar_round_trip() -> None:
    for i, text in enumerate(SAMPLES):
        out = FORMATS["xor_hex"](text, random.Random(i))
        key = int(re.search(r"0x([0-9a-f]{2})", out).group(1), 16)
        data = bytes.fromhex(_body(out))
        assert bytes(b ^ key for b in data).decode("utf-8") == text
        out = FORMATS["caesar_shift"](text, random.Random(i))
        k = int(re.search(r"(?:shift |ROT-)(\d+)", out).group(1))
        back = "".join(
            chr((ord(c) - base - k) % 26 + base) if c.isascii() and c.isalpha() else c
            for c in _body(out)
            for base in [ord("a") if c.islower() else ord("A")]
        )
        assert back == text


def test_base32_padding_is_three_to_six() -> None:
    for i, text in enumerate(SAMPLES + ["abcd", "abcde", "abcdefgh"]):
        body = _body(FORMATS["base32_padded"](text, random.Random(i)))
        pad = len(body) - len(body.rstrip("="))
        assert 3 <= pad <= 6, (text, pad)
