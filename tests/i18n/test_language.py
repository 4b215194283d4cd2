"""The language a visitor gets: from the browser first, then their choice; dates and money
in its format; plurals by its rules."""

from __future__ import annotations

from datetime import date

import pytest

from i18n import (
    best_language,
    format_day,
    format_money,
    language_from_accept,
    ntr,
    speaking,
    tr,
)


@pytest.mark.parametrize(
    ("tag", "language"),
    [("zh-CN", "zh_Hans"), ("zh-TW", "zh_Hans"), ("es-419", "es"), ("ja-JP", "ja"),
     ("en-GB", "en"), ("fr-FR", None), ("", None), ("not a tag!", None)],
)  # fmt: skip
def test_a_browser_language_tag_picks_the_catalog_that_speaks_it(tag, language):
    assert best_language(tag) == language


def test_accept_language_is_read_by_preference_and_falls_back_to_english():
    assert language_from_accept("fr-FR,fr;q=0.9,ja;q=0.8,es;q=0.85") == "es"
    assert language_from_accept("de-DE,de;q=0.9") == "en"
    assert language_from_accept(None) == "en"
    assert language_from_accept("ja;q=abc, zh-CN") == "zh_Hans"


def test_dates_and_money_follow_the_language():
    day = date(2026, 12, 2)
    with speaking("es"):
        assert (format_day(day), format_money(5)) == (
            "2 dic 2026",
            "5,00\xa0US$",
        )  # CLDR: no-break space
    with speaking("ja"):
        assert format_day(day) == "2026/12/02"
    with speaking("zh_Hans"):
        assert format_day(day) == "2026年12月2日"
    assert format_money(0.01234, 4) == "$0.0123"


def test_a_translated_message_keeps_its_placeholders_filled():
    with speaking("ja"):
        assert tr("Language") != "Language"
    assert tr("Language") == "Language"


def test_plurals_follow_the_language_rules():
    assert ntr("{count} message", "{count} messages", 1) == "1 message"
    assert ntr("{count} message", "{count} messages", 2) == "2 messages"


def _signed_in_app(language: str | None = None):
    from tests.apptest_helpers import new_app, sign_in

    at = new_app()
    if language:
        at.session_state["ui_language"] = language
    return sign_in(at.run())


@pytest.mark.usefixtures("app_env")
def test_the_sidebar_changes_the_language_and_a_signed_in_user_keeps_it_on_another_device():
    from tests.apptest_helpers import assert_clean

    at = _signed_in_app()
    assert "GPT Lab: chat with, build and share AI assistants. Open source, MIT." in [
        c.value for c in at.sidebar.caption
    ]
    at = at.selectbox(key="ui_language_picker").set_value("ja").run()
    assert_clean(at)
    assert (
        "GPT Lab：AI アシスタントとチャットし、作成して共有できます。オープンソース（MIT）。"
        in [c.value for c in at.sidebar.caption]
    )
    other_device = _signed_in_app("es")  # a browser in Spanish: the saved choice wins
    assert other_device.session_state["ui_language"] == "ja"
    assert other_device.selectbox(key="ui_language_picker").value == "ja"


@pytest.mark.usefixtures("app_env")
def test_a_visitor_who_never_chose_keeps_the_browser_language_after_signing_in():
    at = _signed_in_app("zh_Hans")
    assert at.session_state["ui_language"] == "zh_Hans"
