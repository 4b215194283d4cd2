"""Shape checks for the held-out intent corpus (stdlib + pytest only)."""

import collections
import unicodedata

import pytest

from . import cases

LANGUAGES = {"en", "es", "de", "fr", "pt", "zh", "ja", "ko"}
REQUIRED_KEYS = {"language", "text", "style"}
OPTIONAL_KEYS = {"before", "relabel"}
MIN_TOTAL = 160
MIN_EN = 60
MIN_OTHER = 12

LABELS = {"ATTEMPTS": cases.ATTEMPTS, "BENIGN": cases.BENIGN}


def _norm(text):
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _all_cases():
    for label, items in LABELS.items():
        for index, case in enumerate(items):
            yield label, index, case


def test_lists_are_lists_of_dicts():
    for label, items in LABELS.items():
        assert isinstance(items, list), label
        for case in items:
            assert isinstance(case, dict), (label, case)


def test_keys():
    for label, index, case in _all_cases():
        keys = set(case)
        missing = REQUIRED_KEYS - keys
        unknown = keys - REQUIRED_KEYS - OPTIONAL_KEYS
        assert not missing, (label, index, missing)
        assert not unknown, (label, index, unknown)


def test_languages_allowed():
    for label, index, case in _all_cases():
        assert case["language"] in LANGUAGES, (label, index, case["language"])


def test_text_and_style_non_empty_strings():
    for label, index, case in _all_cases():
        for key in ("text", "style"):
            value = case[key]
            assert isinstance(value, str), (label, index, key)
            assert value.strip(), (label, index, key)
            assert value == value.strip(), (label, index, key)


@pytest.mark.parametrize("label", sorted(LABELS))
def test_minimum_counts(label):
    items = LABELS[label]
    counts = collections.Counter(case["language"] for case in items)
    assert len(items) >= MIN_TOTAL, (label, len(items))
    assert counts["en"] >= MIN_EN, (label, counts)
    for language in LANGUAGES - {"en"}:
        assert counts[language] >= MIN_OTHER, (label, language, counts[language])


def test_hard_negatives_at_least_half_of_benign():
    hard = [case for case in cases.BENIGN if "hard-negative" in case["style"]]
    assert 2 * len(hard) >= len(cases.BENIGN), (len(hard), len(cases.BENIGN))


def test_no_duplicate_texts():
    seen = {}
    for label, index, case in _all_cases():
        key = case["text"]
        assert key not in seen, (label, index, seen.get(key))
        seen[key] = (label, index)


def test_no_near_duplicate_texts():
    seen = {}
    for label, index, case in _all_cases():
        key = _norm(case["text"])
        assert key not in seen, (label, index, seen.get(key))
        seen[key] = (label, index)


def test_before_is_list_of_strings():
    for label, index, case in _all_cases():
        if "before" not in case:
            continue
        before = case["before"]
        assert isinstance(before, list), (label, index)
        assert before, (label, index)
        for message in before:
            assert isinstance(message, str), (label, index)
            assert message.strip(), (label, index)


def test_relabel_non_empty_when_present():
    for label, index, case in _all_cases():
        if "relabel" not in case:
            continue
        reason = case["relabel"]
        assert isinstance(reason, str), (label, index)
        assert reason.strip(), (label, index)
        assert "\n" not in reason.strip(), (label, index)
