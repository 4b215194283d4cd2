"""The Lab's Knowledge part: adding files and pasted text, marks, refusals that lose nothing, the
test drive's passages (creator only) and saving them as part of the version."""

from __future__ import annotations

import io

import pytest
from docx import Document

from api_bots import MARK_CONFIDENTIAL, MARK_QUOTABLE, get_bot_config, get_bots
from api_util_firebase import get_store
from tests.apptest_helpers import assert_clean, chat_texts, click, new_app, say, sign_in, texts
from ui.text import plain

PROMPT = "You are Rae, a cheerful running coach. Answer from your knowledge."
PLAN = "Marathon plan. Week one: run 30 km in five easy runs. Week two: add a long run of 18 km."
NOTES = "Coaching notes. Injured runners get the Willow protocol: two rest days, then walk-runs."


def docx_bytes(text: str) -> bytes:
    document = Document()
    document.add_heading("Plan", level=1)
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def knowledge_step(prompt: str = PROMPT):
    at = sign_in(new_app().run()).switch_page("pages/lab.py").run()
    at.text_area(key="lab_w_initial_prompt").set_value(prompt)
    return at


def upload(at, *files: tuple[str, bytes, str]):
    uploader = next(u for u in at.file_uploader if u.label == "Add files")
    uploader.set_value(list(files))
    return at.run()


def paste(at, title: str, text: str):
    at.text_input(key="lab_knowledge_paste_title").set_value(title)
    at.text_area(key="lab_knowledge_paste_text").set_value(text)
    return click(at, "Add pasted text")


def mark(at, title: str, label: str):
    box = next(s for s in at.selectbox if s.label == f"Mark of {title}")
    return box.select(label).run()


@pytest.mark.usefixtures("app_env")
def test_a_file_and_a_pasted_note_become_sources_marked_confidential_by_default():
    at = upload(
        knowledge_step(), ("marathon plan.docx", docx_bytes(PLAN), "application/octet-stream")
    )
    at = paste(at, "Coaching notes", NOTES)
    assert_clean(at)
    shown = texts(at)
    assert "marathon plan" in shown and "Coaching notes" in shown
    marks = [s.value for s in at.selectbox if s.label.startswith("Mark of")]
    assert marks == ["Confidential", "Confidential"]
    assert at.text_area(key="lab_knowledge_paste_text").value == ""  # added: the field empties


@pytest.mark.usefixtures("app_env")
def test_a_file_that_lies_about_its_type_is_refused_and_the_others_are_kept():
    at = upload(
        knowledge_step(),
        ("plan.pdf", docx_bytes(PLAN), "application/pdf"),  # a Word file named .pdf
        ("notes.txt", NOTES.encode(), "text/plain"),
    )
    assert_clean(at)
    shown = texts(at)
    assert plain("'plan.pdf' is not a PDF: it looks like a Word document.") in shown
    assert [s.label for s in at.selectbox if s.label.startswith("Mark of")] == ["Mark of notes"]


@pytest.mark.usefixtures("app_env")
def test_a_paste_over_the_limits_keeps_what_was_pasted():
    at = paste(knowledge_step(), "Huge", "word " * 400_000)
    assert_clean(at)
    assert at.text_area(key="lab_knowledge_paste_text").value.startswith("word word")
    assert not [s for s in at.selectbox if s.label.startswith("Mark of")]


@pytest.mark.usefixtures("app_env")
def test_the_test_drive_shows_its_creator_the_passages_and_a_save_keeps_the_marks():
    at = upload(knowledge_step(), ("plan.txt", PLAN.encode(), "text/plain"))
    at = paste(at, "Coaching notes", NOTES)
    at = mark(at, "plan", "Quotable")
    at = click(at, "Test drive your AI")
    at = say(at, "How long is the long run in week two?")
    assert_clean(at)
    assert any("According to [plan]" in text for text in chat_texts(at))
    assert any("Sources: plan" in c.value for c in at.caption)
    assert any("knowledge passages sent" in e.label for e in at.expander)

    at = click(at, "Looks Good. Proceed to Step 3")
    at.text_input(key="lab_w_name").set_value("Rae")
    at.text_input(key="lab_w_tag_line").set_value("Running Coach")
    at.text_area(key="lab_w_description").set_value("Plans your runs.")
    at = click(at.run(), "Looks good. Create Rae!")
    assert_clean(at)
    bot = next(b for b in get_bots(get_store()) if b.name == "Rae")
    sources = get_bot_config(get_store(), bot.bot_id).knowledge
    assert [(s.title, s.mark) for s in sources] == [
        ("plan", MARK_QUOTABLE),
        ("Coaching notes", MARK_CONFIDENTIAL),
    ]
