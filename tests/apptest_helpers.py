"""Driving the real app with Streamlit's AppTest: find controls by label, sign in, read text."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from i18n import speaking, tr

ENTRY = Path(__file__).resolve().parent.parent / "app" / "home.py"
CRASH = "Something went wrong on our side. Please reload the page."


def new_app() -> AppTest:
    return AppTest.from_file(str(ENTRY), default_timeout=30)


def button(at: AppTest, label: str):
    matches = [b for b in at.button if b.label == label]
    assert matches, f"no button {label!r}; have {[b.label for b in at.button]}"
    return matches[0]


def labels(at: AppTest) -> list[str]:
    return [b.label for b in at.button]


def click(at: AppTest, label: str) -> AppTest:
    return button(at, label).click().run()


def sign_in(at: AppTest, key: str = "sk-test-alice", form: str = "home_signin") -> AppTest:
    at.text_input(key=f"{form}_api_key").set_value(key)
    return click(at, spoken(at, "Sign in"))


def spoken(at: AppTest, message: str) -> str:
    """A message as the page's language says it (a test run in Japanese finds its buttons)."""
    language = at.session_state["ui_language"] if "ui_language" in at.session_state else "en"
    with speaking(language):
        return tr(message)


def texts(at: AppTest) -> str:
    """Every piece of text the page shows, for "is it on screen" assertions."""
    parts: list[str] = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "info",
        "success",
        "warning",
        "error",
        "code",
        "text",
    ):
        parts += [str(element.value) for element in getattr(at, kind)]
    for message in at.chat_message:
        parts += [str(element.value) for element in message.markdown]
    parts += labels(at)
    return "\n".join(parts)


def captions(at: AppTest) -> list[str]:
    return [str(c.value) for c in at.caption]


def chat_texts(at: AppTest) -> list[str]:
    return ["".join(str(e.value) for e in message.markdown) for message in at.chat_message]


def assert_clean(at: AppTest) -> None:
    assert not at.exception, at.exception
    assert CRASH not in [e.value for e in at.error]


def say(at: AppTest, text: str) -> AppTest:
    at.chat_input[0].set_value(text)
    return at.run()


def go_home(at: AppTest) -> AppTest:
    return at.switch_page("pages/home_page.py").run()


def open_page(at: AppTest, page: str) -> AppTest:
    return at.switch_page(page).run()


def open_lounge_tab(at: AppTest, tab: str) -> AppTest:
    """The Lounge with one tab open (only the open tab runs; the tab is in the URL)."""
    at.query_params["tab"] = tab
    return at.switch_page("pages/lounge.py").run()
