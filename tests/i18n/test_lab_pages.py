"""The Lab in Simplified Chinese, Spanish and Japanese: every step, the knowledge part, the test
drive with its leak test and recap, the dialogs, step 4 and edit mode show no English line the
English Lab shows (but what the creator typed, the assistant's name and model ids); plurals and
numbers follow the language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from i18n import ntr, speaking
from tests.apptest_helpers import assert_clean, new_app, say, sign_in
from tests.fake_openai import GREETING
from tests.i18n.rendered import english_left, shown_strings
from ui.text import plain

PROMPT = "You are Rae, a cheerful running coach. Ask about the user's weekly mileage first."
TYPED = {
    "Rae",
    "Running Coach",
    "Plans your runs.",
    "How far should I run?",
    "Coaching notes",
    "Rest two days after a race.",
    "Hi",
    "More",
    "Thanks",
    "Be brief.",
    *PROMPT.replace(". ", ".\n").splitlines(),
}


def _click(at, key: str):
    return at.button(key=key).click().run()


def walk(at) -> Iterator[str]:
    """The same steps in any language, by widget keys: each yield is a state to compare."""
    at.switch_page("pages/lab.py").run()
    yield "step 1, blank"
    at.text_area(key="lab_w_initial_prompt").set_value(PROMPT).run()
    at.text_input(key="lab_knowledge_paste_title").set_value("Coaching notes")
    at.text_area(key="lab_knowledge_paste_text").set_value("Rest two days after a race.")
    _click(at, "lab_knowledge_paste_add")
    yield "step 1, a prompt and a pasted source"
    _click(at, "lab_start_over")
    yield "start over dialog"
    _click(at, "lab_start_over_dialog_cancel")
    _click(at, "lab_test_drive")
    yield "step 2, test drive"
    _click(at, "lab_leak_test")
    at.selectbox(key="lab_leak_attempt").select_index(0).run()
    yield "step 2, leak test report"
    for message in ("Hi", "More", "Thanks"):
        say(at, message)
    _click(at, "lab_try_recap")
    yield "step 2, recap preview"
    _click(at, "lab_recap_go_on")
    _click(at, "lab_back_from_2")
    _click(at, "lab_test_drive")
    yield "new test drive dialog"
    _click(at, "lab_new_test_drive_back")
    _click(at, "lab_to_step3")
    at.text_input(key="lab_w_name").set_value("Rae")
    at.text_input(key="lab_w_tag_line").set_value("Running Coach")
    at.text_area(key="lab_w_description").set_value("Plans your runs.")
    at.text_area(key="lab_w_starters").set_value("How far should I run?").run()
    yield "step 3"
    _click(at, "lab_create")
    yield "step 4"
    code = at.session_state["lab_created_code"][0]
    at.query_params["edit"] = code
    at.switch_page("pages/lab.py").run()
    yield "edit mode, step 1"
    at.text_area(key="lab_w_initial_prompt").set_value(PROMPT + " Be brief.").run()
    _click(at, "lab_skip")
    yield "edit mode, step 3"
    _click(at, "lab_save")
    yield "edit mode, saved"
    _click(at, "lab_keep_editing")
    _click(at, "lab_start_over")
    yield "stop editing dialog"


def _allowed(at) -> set[str]:
    """What is the same in every language: what was typed, the replies, model ids, and the
    leak test's attempts (model-facing text)."""
    allowed = set(TYPED) | {GREETING}
    allowed |= {str(m.value) for chat in at.chat_message for m in chat.markdown}
    for box in at.selectbox:
        if box.key in ("lab_w_model", "lab_leak_attempt"):
            allowed |= {str(option) for option in box.options}
    allowed |= {str(block.value) for block in at.code}
    report = at.session_state["lab_leak_report"] if "lab_leak_report" in at.session_state else None
    for result in report.results if report else ():
        allowed |= {result.name, result.attempt, result.reply}
    chat = at.session_state["lab_test_chat"] if "lab_test_chat" in at.session_state else None
    if chat is not None and chat.recap:
        allowed.add(chat.recap)
    allowed |= {plain(text) for text in allowed}  # as the page escapes them for markdown
    return {line.strip(" *#-•>`") for text in allowed for line in text.splitlines()}


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("language", ["zh_Hans", "es", "ja"])
def test_every_lab_step_and_dialog_is_in_the_chosen_language(language):
    english = sign_in(new_app().run(), key="sk-test-alice")
    translated = sign_in(new_app().run(), key="sk-test-bob")
    translated.session_state["ui_language"] = language
    left: dict[str, set[str]] = {}
    translated_steps = walk(translated)
    for state in walk(english):
        with speaking(language):  # AppTest calls a picker's format_func here, not in the app
            assert next(translated_steps) == state
        assert_clean(translated)
        assert shown_strings(translated), state
        found = english_left(english, translated, _allowed(english) | _allowed(translated))
        if found:
            left[state] = found
    assert left == {}, "\n".join(f"{k}: {sorted(v)}" for k, v in left.items())


def test_the_lab_counts_sources_and_sentences_by_the_language_rules():
    with speaking("es"):
        heading = ntr(
            "Knowledge: {count} source, {tokens} tokens",
            "Knowledge: {count} sources, {tokens} tokens",
            2,
            tokens="1.200",
        )
        assert heading == "Conocimiento: 2 fuentes, 1.200 tokens"
        one = ntr(
            "The other {count} sentence keeps its proposal.",
            "The other {count} sentences keep their proposal.",
            1,
        )
        assert one == "La 1 oración restante conserva su propuesta."
    with speaking("ja"):
        assert ntr("{tokens} token", "{tokens} tokens", 3, tokens="3") == "3 トークン"
