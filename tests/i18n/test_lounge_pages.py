"""The home page and the Lounge in Simplified Chinese, Spanish and Japanese: walked in English
and in each language with the same steps (signed out; signed in with assistants, chats,
folders and a shared link; every tab and dialog), no English line is left on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from api_bots import get_bot_config
from api_sessions import STATUS_COMPLETED, create_folder, move_chat, set_pinned, share_chat
from api_util_firebase import get_store
from bots.showcase import SHOWCASE
from bots.versions import draft_of, save_changes
from i18n import format_day, speaking
from tests.apptest_helpers import assert_clean, new_app
from tests.i18n.rendered import english_left
from tests.pages.test_creator_studio import PROMPT, make_rae
from tests.pages.test_my_chats import chat
from ui.components import assistant_title
from ui.text import plain

TRANSLATED = ["zh_Hans", "es", "ja"]
CHAT_TITLE = "Plan my marathon training"
FOLDER = "Running"
CODE_EXAMPLE = "k7m2p-qx9ad"  # the code box's placeholder: a code reads the same everywhere
# What the showcased assistants' creators wrote: the same in every language.
SHOWCASE_TEXTS = {
    text
    for bot in SHOWCASE.values()
    for text in (bot.name, plain(assistant_title(bot.name, bot.tag_line)), plain(bot.description))
}
# Words a language writes as English does (the glossary's Spanish for "prompt" is "prompt").
SAME_AS_ENGLISH = {"es": {"Prompt"}}
Step = Callable[[AppTest], AppTest]


def _signed_in_app(language: str) -> AppTest:
    at = new_app()
    at.session_state["ui_language"] = language
    at.run()
    at.text_input(key="home_signin_api_key").set_value("sk-test-alice")
    submit = next(b for b in at.button if b.proto.form_id == "home_signin")
    return submit.click().run()


def _signed_out_app(language: str) -> AppTest:
    at = new_app()
    at.session_state["ui_language"] = language
    return at.run()


def _tab(name: str) -> Step:
    """An English tab name in the URL (a link copied from an English page) opens the tab."""

    def step(at: AppTest) -> AppTest:
        at.query_params["tab"] = name
        return at.switch_page("pages/lounge.py").run()

    return step


def _click(key: str) -> Step:
    return lambda at: at.button(key=key).click().run()


def _pick(key: str, value) -> Step:
    return lambda at: at.selectbox(key=key).set_value(value).run()


def _pick_first(key: str) -> Step:
    def step(at: AppTest) -> AppTest:
        box = at.selectbox(key=key)
        return box.set_value(box.options[0]).run()

    return step


def _type(key: str, value: str) -> Step:
    return lambda at: at.text_input(key=key).set_value(value).run()


def _home(at: AppTest) -> AppTest:
    return at.switch_page("pages/home_page.py").run()


def _close(at: AppTest) -> AppTest:
    at.session_state["lounge_dialog"] = None
    return at.run()


def _walk(at: AppTest, steps: list[Step]) -> Iterator[AppTest]:
    for step in steps:
        at = step(at)
        assert_clean(at)
        yield at


def _compare(english: AppTest, translated: AppTest, steps: list[Step], allowed: set[str]):
    language = translated.session_state["ui_language"]
    allowed |= SHOWCASE_TEXTS | {CODE_EXAMPLE}
    allowed |= SAME_AS_ENGLISH.get(language, set())
    left: dict[int, set[str]] = {}
    for number, (en, other) in enumerate(
        zip(_walk(english, steps), _walk(translated, steps), strict=True)
    ):
        left[number] = english_left(en, other, allowed)
    leftover = {number: sorted(lines) for number, lines in left.items() if lines}
    assert not leftover, "\n".join(
        f"{n}: {line}" for n, lines in leftover.items() for line in lines
    )


def _stored_world(user) -> dict[str, str]:
    """One assistant with two versions, chats (one pinned, in a folder, shared)."""
    store = get_store()
    code = make_rae(user.user_id)
    draft = replace(draft_of(get_bot_config(store, code)), initial_prompt=PROMPT + " Go.")
    save_changes(store, user.user_id, code, 1, draft, note="")
    return {"code": code}


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("language", TRANSLATED)
def test_the_home_page_and_lounge_signed_out_are_all_translated(language):
    steps = [_home, _tab("Showcased"), _tab("My AI Assistants"), _tab("My Chats")]
    _compare(_signed_out_app("en"), _signed_out_app(language), steps, set())


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("language", TRANSLATED)
def test_my_ai_assistants_and_its_dialogs_are_all_translated(language):
    english, translated = _signed_in_app("en"), _signed_in_app(language)
    user = english.session_state["auth_user"]
    code = _stored_world(user)["code"]
    steps = [
        _home,
        _tab("Showcased"),
        _tab("My AI Assistants"),
        _click(f"lounge_versions_{code}"),
        _pick_first("versions_pick"),  # its options are labels in the page's language
        _click("versions_retire"),
        _close,
        _click(f"lounge_stats_{code}"),
        _close,
        _click(f"lounge_delete_{code}"),
        _close,
        _click("lounge_import"),
        _click("import_go"),
        _close,
    ]
    allowed = {
        "Rae",
        plain(assistant_title("Rae", "Running Coach")),
        "Runs with you.",
        f"{PROMPT} {{+Go.+}}",  # the versions' diff: the prompt as the creator wrote it
        code,
        f"/assistant?assistant_id={code}",
    }
    _compare(english, translated, steps, allowed)


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("language", TRANSLATED)
def test_my_chats_with_pins_folders_links_and_its_dialogs_are_all_translated(language):
    english, translated = _signed_in_app("en"), _signed_in_app(language)
    store, user = get_store(), english.session_state["auth_user"]
    pinned = chat(english, CHAT_TITLE)
    filed = chat(english, "Sort out my taxes")
    set_pinned(store, user, pinned.session_id, True)
    folder = create_folder(store, user, FOLDER)
    move_chat(store, user, filed.session_id, folder.folder_id)
    share_chat(store, user, pinned)
    steps = [
        _tab("My Chats"),
        _click(f"lounge_chat_rename_{pinned.session_id}"),
        _close,
        _click(f"lounge_chat_delete_{pinned.session_id}"),
        _close,
        _click(f"lounge_chat_folder_{filed.session_id}"),
        _close,
        _click(f"lounge_folder_rename_{folder.folder_id}"),
        _close,
        _click(f"lounge_folder_delete_{folder.folder_id}"),
        _close,
        _pick("lounge_chats_filter_status", STATUS_COMPLETED),
        _pick("lounge_chats_filter_status", ""),
        _type("lounge_chats_search", "marathon"),
        _type("lounge_chats_search", "nothing like this"),
        _type("lounge_chats_search", ""),
    ]
    allowed = {CHAT_TITLE, "Sort out my taxes", FOLDER, "gpt-4o-mini"}
    _compare(english, translated, steps, allowed)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("zh_Hans", "2026年12月2日"), ("es", "2 dic 2026"), ("ja", "2026/12/02")],
)
def test_a_chat_row_says_its_day_messages_and_cost_the_language_s_way(language, expected):
    from datetime import UTC, datetime

    from api_util_openai import Spend
    from i18n import ntr
    from ui.lounge.formats import cost_text, when_text

    with speaking(language):
        assert when_text(datetime(2026, 12, 2, 9, 30, tzinfo=UTC)).startswith(expected)
        assert format_day(date(2026, 12, 2)) == expected
        two = ntr("{count} message", "{count} messages", 2)
        assert "2" in two and two != "2 messages"
        cost = cost_text(Spend(prompt_tokens=10, cost_micros=1_500_000))
        assert cost != "cost $1.50" and ("1,50" in cost if language == "es" else "1.50" in cost)
