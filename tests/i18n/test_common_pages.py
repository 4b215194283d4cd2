"""The sidebar and the sign-in form in Simplified Chinese, Spanish and Japanese: every state a
visitor meets there (signed out, the form's errors, signed in with the account section, the
spend cap, a new key, bringing chats, the delete dialog, signed out again) shows no English
line, and money and percentages are written the language's way."""

from __future__ import annotations

import time

import pytest
from streamlit.testing.v1 import AppTest

from api_users import month_id
from api_util_firebase import get_store
from tests.apptest_helpers import assert_clean
from tests.i18n.rendered import english_left

LANGUAGES = ("zh_Hans", "es", "ja")


def sidebar_and_sign_in() -> None:
    """What every page shares: the sidebar, and the sign-in form while signed out."""
    from ui import state as ui_state
    from ui.account import render_sidebar
    from ui.language import ensure_language
    from ui.signin import SignInForm

    ensure_language()
    render_sidebar()
    if ui_state.current_user() is None:
        SignInForm("home_signin").show()


def new_page(language: str) -> AppTest:
    at = AppTest.from_function(sidebar_and_sign_in, default_timeout=30)
    at.session_state["ui_language"] = language
    return at.run()


def sign_in(at: AppTest, key: str) -> AppTest:
    at.text_input(key="home_signin_api_key").set_value(key)
    return at.button(key="home_signin_submit").click().run()


def spent_this_month(at: AppTest, micros: int) -> None:
    """This month's total as another tab left it; the sidebar reads it again on sign-in."""
    user_id = at.session_state["auth_user"].user_id
    get_store().set(
        f"users/{user_id}/spend/{month_id()}",
        {"month": month_id(), "prompt_tokens": 1_234, "cost_micros": micros},
    )
    at.session_state["account_month_spend"] = None


def click(at: AppTest, key: str) -> AppTest:
    return at.button(key=key).click().run()


def set_cap(at: AppTest, dollars: float) -> AppTest:
    at.toggle(key="account_cap_on").set_value(True)
    at.number_input(key="account_cap_dollars").set_value(dollars)
    return click(at, "account_cap_save")


def too_many_attempts(at: AppTest) -> AppTest:
    at.session_state["signin_attempts"] = [time.monotonic()] * 5
    at.text_input(key="home_signin_api_key").set_value("sk-test-typo")
    return at.button(key="home_signin_submit").click().run()


SIGNED_OUT_STEPS = (
    ("the form", lambda at, _key: at),
    ("an empty key", lambda at, _key: at.button(key="home_signin_submit").click().run()),
    ("too many attempts", lambda at, _key: too_many_attempts(at)),
)
SIGNED_IN_STEPS = (
    ("signed in with a new account", lambda at, key: sign_in(at, key)),
    ("a cap saved", lambda at, _key: set_cap(at, 5.0)),
    ("near the cap", lambda at, _key: (spent_this_month(at, 4_500_000), at.run())[1]),
    ("the cap reached", lambda at, _key: (spent_this_month(at, 6_000_000), at.run())[1]),
    ("a new key not typed", lambda at, _key: click(at, "account_rotate")),
    ("an old key not typed", lambda at, _key: click(at, "account_bring")),
    ("the delete dialog", lambda at, _key: click(at, "account_delete")),
    ("the dialog cancelled", lambda at, _key: click(at, "account_delete_cancel")),
    ("signed out", lambda at, _key: click(at, "account_sign_out")),
)


def walk(language: str, steps) -> None:
    """The same steps in English and in `language`, compared after each one."""
    english, translated = new_page("en"), new_page(language)
    for name, step in steps:
        english = step(english, "sk-test-english")
        translated = step(translated, f"sk-test-{language.lower()}")
        assert_clean(translated)
        assert english_left(english, translated, set()) == set(), name


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.usefixtures("app_env")
def test_the_sign_in_form_and_its_errors_are_in_the_visitors_language(language):
    walk(language, SIGNED_OUT_STEPS)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.usefixtures("app_env")
def test_the_account_sidebar_is_in_the_visitors_language(language):
    walk(language, SIGNED_IN_STEPS)


@pytest.mark.parametrize(
    ("language", "month", "warning"),
    [
        ("en", "$4.50", "This month's chats have used 90% of your $5.00 cap."),
        (
            "es",
            "4,50\xa0US$",
            ("Los chats de este mes usaron el 90\xa0% de tu límite de 5,00\xa0US$."),
        ),
        ("ja", "$4.50", "今月のチャットで上限 $5.00 の 90% を使いました。"),
        ("zh_Hans", "US$4.50", "本月的对话已用掉你 US$5.00 上限的 90%。"),
    ],
)
@pytest.mark.usefixtures("app_env")
def test_the_month_to_date_and_the_cap_are_written_in_the_languages_format(
    language, month, warning
):
    at = set_cap(sign_in(new_page(language), "sk-test-money"), 5.0)
    spent_this_month(at, 4_500_000)
    at = at.run()
    assert at.metric[0].value == month
    assert warning in [w.value for w in at.warning]


def test_what_replaces_an_image_in_a_reply_is_said_in_each_language():
    from i18n import speaking
    from ui.text import model_markdown

    reply = "![chart](https://img.example/a.png)"
    said = {}
    for language in ("en", "ja", "es"):
        with speaking(language):
            said[language] = model_markdown(reply)
    assert "(image: img.example)" in said["en"]
    assert "(画像：img.example)" in said["ja"]
    assert "(imagen: img.example)" in said["es"]


def test_a_count_of_sessions_takes_the_languages_plural_and_separators():
    from i18n import format_number, ntr, speaking

    def sessions(count: int) -> str:
        return ntr("{number} session", "{number} sessions", count, number=format_number(count))

    assert [sessions(n) for n in (1, 1204)] == ["1 session", "1,204 sessions"]
    with speaking("es"):
        assert [sessions(n) for n in (1, 1204)] == ["1 sesión", "1.204 sesiones"]
    with speaking("ja"):
        assert sessions(1204) == "1,204 件のセッション"
