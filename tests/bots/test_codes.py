"""Typed and pasted assistant codes: what people copy from a message, a PDF or a slide opens
the assistant."""

from __future__ import annotations

import pytest

from bots.codes import normalize_code

CODE = "k7m2p-qx9ad"


@pytest.mark.parametrize(
    "typed",
    [
        "k7m2p\u2013qx9ad",  # en dash, as word processors make of a hyphen
        "k7m2p\u2014qx9ad",  # em dash
        "k7m2p\u2212qx9ad",  # minus sign
        "k7m2p\u2011qx9ad",  # non-breaking hyphen
        "k7m2p\u2010qx9ad",  # hyphen
        "k7m2p\ufe63qx9ad",  # small hyphen-minus
        "k7m2p\uff0dqx9ad",  # full-width hyphen-minus
        "k7m2p-qx9ad.",  # the full stop of the sentence it was in
        "k7m2p-qx9ad\u200b",  # zero-width space
        "\ufeffk7m2p-qx9ad",  # byte-order mark
        "k7m2p-\u200dqx9ad\u2060",  # zero-width joiner, word joiner
        "k7m2p-qx\u200c9ad",  # zero-width non-joiner
        "\u201ck7m2p-qx9ad\u201d,",  # quoted, then a comma
        "(k7m2p-qx9ad)!",
        "  K7M2P\u2013QX9AD.\u200b ",
        "\uff2b\uff17\uff2d\uff12\uff30-\uff31\uff38\uff19\uff21\uff24",  # full-width letters
        "k7m2p qx9ad",
        "k7m2pqx9ad",
        "https://x.app/assistant?assistant_id=k7m2p\u2013qx9ad.&session=1",
    ],
)
def test_a_typed_code_with_a_dash_full_stop_or_invisible_character_opens_the_assistant(typed):
    assert normalize_code(typed) == CODE


@pytest.mark.parametrize("code", ["career-coach-maya", "Ab3dEf7hIjKlMn0pQrSt"])
def test_older_codes_keep_working_exactly_as_written(code):
    assert normalize_code(code) == code
    assert normalize_code(f"\u201c{code}\u201d.\u200b") == code
    assert normalize_code(code.replace("-", "\u2013")) == code


def test_text_that_is_no_code_stays_no_code():
    assert normalize_code("") == ""
    assert normalize_code(" .\u200b ") == ""
    assert normalize_code("a/b") == "a/b"
    assert normalize_code("k7m2p-qx9a") == "k7m2p-qx9a"  # one character short: not a new code
