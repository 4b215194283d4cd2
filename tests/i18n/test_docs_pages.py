"""The FAQ and the Terms read in the visitor's language: every question, answer and term is
translated, and the Terms' date is written the way the language writes dates."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import assert_clean, new_app
from tests.i18n.rendered import english_left, shown_strings

TRANSLATED = ("zh_Hans", "es", "ja")
DOCS_PAGES = ("pages/faq.py", "pages/terms.py")


def open_in(language: str, page: str) -> AppTest:
    at = new_app()
    at.session_state["ui_language"] = language
    at.run()
    at = at.switch_page(page).run()
    assert_clean(at)
    return at


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("page", DOCS_PAGES)
@pytest.mark.parametrize("language", TRANSLATED)
def test_faq_and_terms_leave_no_english_in_another_language(language, page):
    english = open_in("en", page)
    translated = open_in(language, page)
    # The page body is this area's; the sidebar is the common area's and tested there.
    assert len(shown_strings(english.main)) > 10
    assert english_left(english.main, translated.main, allowed=set()) == set()


@pytest.mark.usefixtures("app_env")
def test_the_faq_answers_how_to_change_the_language_and_what_stays_english():
    questions = {expander.label for expander in open_in("en", "pages/faq.py").expander}
    assert "Can I use GPT Lab in my language?" in questions
    assert "Can I use GPT Lab with a keyboard or a screen reader?" in questions
    answers = [m.value for m in open_in("ja", "pages/faq.py").main.markdown]
    assert any("「Drag and drop file here」" in answer for answer in answers)


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize(
    ("language", "last_updated"),
    [
        ("en", "Last updated: Dec 2, 2026"),
        ("zh_Hans", "最后更新：2026年12月2日"),
        ("es", "Última actualización: 2 dic 2026"),
        ("ja", "最終更新日：2026/12/02"),
    ],
)
def test_the_terms_date_is_written_as_the_language_writes_dates(language, last_updated):
    captions = [c.value for c in open_in(language, "pages/terms.py").main.caption]
    assert last_updated in captions
