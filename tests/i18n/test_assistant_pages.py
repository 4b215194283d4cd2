"""The Assistant page and a shared chat in Simplified Chinese, Spanish and Japanese: every
state a visitor walks through shows no English line the English page shows, apart from names
and what the visitor and the model wrote; the leak guard's refusal is shown in the visitor's
language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from streamlit.testing.v1 import AppTest

from api_bots import get_bot
from api_sessions import STATUS_COMPLETED, ChatSummary
from api_util_firebase import get_store
from api_util_openai import Spend
from i18n import speaking, tr
from leak_guard import LEAK_REPLACEMENT
from tests.apptest_helpers import assert_clean, new_app
from tests.i18n.rendered import english_left
from ui.assistant.past_sessions import session_summary
from ui.assistant.refusal import REFUSAL, shown_content
from ui.text import plain

MAYA = "career-coach-maya"
PANEL = "assistant_chat_panel_input"
TRANSLATED = ("zh_Hans", "es", "ja")
Step = Callable[[AppTest], AppTest]


def app_in(language: str) -> AppTest:
    at = new_app()
    at.session_state["ui_language"] = language
    return at.run()


def signed_in(language: str) -> AppTest:
    at = app_in(language)
    at.text_input(key="home_signin_api_key").set_value("sk-test-alice")
    with speaking(language):
        sign_in = tr("Sign in")
    return next(b for b in at.button if b.label == sign_in).click().run()


def assistant(at: AppTest) -> AppTest:
    at.query_params["assistant_id"] = MAYA
    at.query_params.pop("session", None)
    return at.switch_page("pages/assistant.py").run()


def press(key: str) -> Step:
    return lambda at: at.button(key=key).click().run()


def say(text: str) -> Step:
    def step(at: AppTest) -> AppTest:
        at.chat_input(key=f"{PANEL}").set_value(text)
        return at.run()

    return step


def edit_first(at: AppTest) -> AppTest:
    at = press(f"{PANEL}_edit_1")(at)
    at.text_area(key="assistant_chat_panel_edit_text").set_value("a better first question")
    return at


def shared_link(at: AppTest) -> tuple[str, str]:
    link = next(str(c.value) for c in at.code if "/shared?link=" in str(c.value))
    parts = urlsplit(link)
    return parse_qs(parts.query)["link"][0], parts.fragment


def written(at: AppTest) -> set[str]:
    """What the visitor and the model wrote (messages, chat titles in bold), and the assistant's
    own card, starters and model ids: the same in every language."""
    bot = get_bot(get_store(), MAYA)
    found = {bot.name, bot.tag_line, bot.description, f"{bot.name} - {bot.tag_line}"}
    found |= {plain(text) for text in found}
    found |= {str(option) for box in at.selectbox for option in box.proto.options}  # models
    found |= {b.label for b in at.button if "_starter_" in (b.key or "")}  # the creator's
    for message in at.chat_message:
        found |= {line.strip() for e in message.markdown for line in str(e.value).splitlines()}
    found |= {str(e.value).strip(" *") for e in at.markdown if str(e.value).startswith("**")}
    chat = at.session_state["assistant_chat"] if "assistant_chat" in at.session_state else None
    if chat is not None and chat.recap:
        found |= set(chat.recap.splitlines())
    return found


def assert_translated(english: AppTest, translated: AppTest, where: str) -> None:
    assert_clean(translated)
    allowed = written(english) | written(translated)
    left = english_left(english, translated, {line.strip(" *#") for line in allowed})
    assert left == set(), f"{where}: {sorted(left)}"


CHAT_STEPS: tuple[tuple[str, Step], ...] = (
    ("the assistant's page before a chat", assistant),
    ("a new chat", press("assistant_start")),
    ("a chat with a reply", say("first question")),
    ("the share box with its link", press("assistant_share")),
    ("the share box again", press("assistant_share_done")),
    ("editing a sent message", edit_first),
    ("the edit answered, 2 of 2", press(f"{PANEL}_send_edit_1")),
    ("a second message", say("second question")),
    ("a third message", say("third question")),
    ("the recap", press("assistant_conclude")),
    ("the recap rated", press("assistant_like")),
    ("the assistant's page with past sessions", assistant),
    ("a temporary chat", press("assistant_start_temporary")),
    ("a temporary chat with a reply", say("a passing question")),
)


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("language", TRANSLATED)
def test_every_state_of_a_chat_is_in_the_visitors_language(language):
    english, translated = signed_in("en"), signed_in(language)
    links = {}
    for where, step in CHAT_STEPS:
        english, translated = step(english), step(translated)
        assert_translated(english, translated, where)
        if where == "the share box with its link":
            links = {"en": shared_link(english), language: shared_link(translated)}
    readers = {}
    for lang, (link_id, key) in links.items():
        reader = app_in(lang)
        reader.query_params["link"] = link_id
        reader.session_state["shared_link_key"] = key
        readers[lang] = reader.switch_page("pages/shared.py").run()
    assert_translated(readers["en"], readers[language], "a shared link opened signed out")


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("language", TRANSLATED)
def test_the_signed_out_assistant_page_is_in_the_visitors_language(language):
    english, translated = assistant(app_in("en")), assistant(app_in(language))
    assert_translated(english, translated, "a link to an assistant, signed out")


def test_the_refusal_shown_is_the_leak_guards_own_sentence_translated():
    assert REFUSAL == LEAK_REPLACEMENT
    with speaking("ja"):
        assert (
            shown_content(LEAK_REPLACEMENT)
            == "申し訳ありませんが、それはお伝えできません。別の話をしましょう。"
        )
        assert shown_content("You said: hi") == "You said: hi"


def test_a_past_session_says_its_day_and_message_count_as_the_language_writes_them():
    session = ChatSummary(
        session_id="s1",
        bot_id=MAYA,
        bot_name="Maya",
        title="Plan",
        created_date=datetime(2026, 12, 2, 9, 30, tzinfo=UTC),
        last_modified_date=None,
        model="gpt-4o-mini",
        message_count=3,
        status=STATUS_COMPLETED,
        spend=Spend(),
    )
    with speaking("es"):
        shown = session_summary(session)
        expected = (
            "2 dic 2026, 09:30 UTC · gpt-4o-mini · 3 mensajes · concluida · costo no registrado"
        )
        assert shown == plain(expected)
    with speaking("zh_Hans"):
        assert "3 条消息 · 已结束" in session_summary(session)
    with speaking("ja"):
        assert session_summary(session).startswith(plain("2026/12/02 09:30（UTC）"))
