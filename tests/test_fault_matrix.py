"""The fault matrix: every way the provider or the database can fail, at every step a visitor
takes (start, a turn, regenerate, conclude). Each case must leave a clear message on the page,
the typed text on screen, no stored message lost or duplicated, and no traceback."""

from __future__ import annotations

import time

import pytest

from api_sessions import STATUS_COMPLETED
from api_util_firebase import SQLiteStore, StoreUnavailable, get_store, set_store
from sessions.resume import get_session_messages
from settings import reset_settings_cache
from tests.apptest_helpers import (
    assert_clean,
    chat_texts,
    click,
    labels,
    new_app,
    say,
    sign_in,
    texts,
)
from tests.fake_openai import GREETING

MAYA = "career-coach-maya"
PROVIDER_FAULTS = ["401", "403", "404", "429", "500", "reset", "cut", "malformed"]
RETRY_HELPS = {"429", "500", "reset", "cut", "malformed"}  # the key and the model are fine


@pytest.fixture(params=["sqlite", "firestore"])
def app_env(request, app_env, monkeypatch):
    """The app on each backend: SQLite, or Firestore on the npm emulator."""
    if request.param == "firestore":
        emulator = request.getfixturevalue("firestore_emulator")
        emulator.clear()
        monkeypatch.setenv("GPTLAB_STORE", "firestore")
        monkeypatch.setenv("FIRESTORE_EMULATOR_HOST", emulator.host)
        monkeypatch.setenv("GOOGLE_CLOUD_PROJECT", "gptlab-faults")
        reset_settings_cache()
        set_store(None)
    app_env.state.chunk_delay = 0.01  # a provider that is streaming when the fault comes
    return app_env


def open_maya(at):
    at.query_params["assistant_id"] = MAYA
    return at.switch_page("pages/assistant.py").run()


def chatting(turns: int = 0):
    at = click(open_maya(sign_in(new_app().run())), "Start a new session with Maya")
    for n in range(turns):
        at = say(at, f"message {n}")
    return at


def errors(at) -> str:
    return " ".join(str(e.value) for e in at.error)


def stored(at) -> list[str]:
    chat = at.session_state["assistant_chat"]
    user = at.session_state["auth_user"]
    return [m.content for m in get_session_messages(get_store(), user, chat.session_id)]


def fail_next(server, fault: str, count: int = 3) -> None:
    server.state.fault, server.state.fault_count = fault, count  # the client retries twice


@pytest.mark.parametrize("fault", PROVIDER_FAULTS)
def test_a_failing_start_says_why_and_creates_no_session(app_env, fault):
    at = open_maya(sign_in(new_app().run()))
    fail_next(app_env, fault)
    at = click(at, "Start a new session with Maya")
    assert_clean(at)
    assert errors(at)
    assert at.session_state["assistant_chat"] is None or fault in {"cut", "malformed"}


@pytest.mark.parametrize("fault", PROVIDER_FAULTS)
def test_a_failing_turn_keeps_the_message_and_loses_or_repeats_nothing(app_env, fault):
    at = chatting(turns=1)
    fail_next(app_env, fault)
    at = say(at, "what now")
    assert_clean(at)
    assert errors(at), "the page says what went wrong"
    shown = chat_texts(at)
    assert shown[:4] == [GREETING, "message 0", "You said: message 0", "what now"]
    assert stored(at) == [m.content for m in at.session_state["assistant_chat"].transcript]
    at = at.run()  # a rerun sends nothing again
    assert len(app_env.state.calls("/chat/completions")) <= 3 + 3
    assert stored(at).count("what now") == 1


@pytest.mark.parametrize("fault", PROVIDER_FAULTS)
def test_a_failing_regenerate_offers_retry_and_keeps_the_question(app_env, fault):
    at = chatting(turns=1)
    fail_next(app_env, fault)
    at = click(at, "Regenerate")
    assert_clean(at)
    assert errors(at)
    assert "message 0" in chat_texts(at)
    assert stored(at) == [m.content for m in at.session_state["assistant_chat"].transcript]
    if fault in RETRY_HELPS:
        assert "Retry" in labels(at) or "Regenerate" in labels(at)


@pytest.mark.parametrize("fault", PROVIDER_FAULTS)
def test_an_unanswered_message_is_marked_and_retry_is_offered_only_where_it_can_help(
    app_env, fault
):
    at = chatting(turns=1)
    fail_next(app_env, fault)
    at = say(at, "what now")
    if chat_texts(at)[-1] == "what now":  # no text came back at all
        assert "Not answered." in [str(c.value) for c in at.chat_message[-1].caption]
        assert ("Retry" in labels(at)) == (fault in RETRY_HELPS)
    app_env.state.fault_count = 0
    at = say(at, "and now?")
    assert chat_texts(at)[-1] == "You said: and now?"
    marked = [m for m in at.chat_message if "Not answered." in [str(c.value) for c in m.caption]]
    assert len(marked) <= 1  # the earlier question, if it had no reply; never the new one
    assert "Retry" not in labels(at)


@pytest.mark.parametrize("fault", PROVIDER_FAULTS)
def test_a_failing_conclusion_says_why_counts_nothing_and_can_be_retried(app_env, fault):
    at = chatting(turns=3)
    fail_next(app_env, fault)
    at = click(at, "Conclude")
    assert_clean(at)
    chat = at.session_state["assistant_chat"]
    if fault in {"cut", "malformed"}:  # a recap cut short is still a recap
        return
    assert errors(at) and chat.status != STATUS_COMPLETED
    assert get_store().get(f"bots/{MAYA}")["sessions_ended"] == 0
    app_env.state.fault_count = 0  # the provider is back
    at = click(at, "Conclude")
    assert "Session Recap" in [s.value for s in at.subheader]


class OutageStore(SQLiteStore):
    """A real SQLite store whose commits fail while `down` is set, as a database outage."""

    down = False

    def _commit(self, ops):
        if self.down:
            raise StoreUnavailable("down")
        super()._commit(ops)


@pytest.fixture
def outage(app_env, tmp_path):  # noqa: ARG001 - app_env points the app at the local server
    store = OutageStore(tmp_path / "outage.sqlite3")
    set_store(store)
    yield store
    store.down = False


def test_a_database_outage_at_start_says_so(outage):
    at = open_maya(sign_in(new_app().run()))
    outage.down = True
    at = click(at, "Start a new session with Maya")
    assert_clean(at)
    assert "database is not answering" in errors(at)


def test_a_database_outage_mid_chat_keeps_every_message_for_the_next_write(outage):
    at = chatting(turns=1)
    outage.down = True
    at = say(at, "during the outage")
    assert_clean(at)
    assert "not saved yet" in " ".join(w.value for w in at.warning)
    outage.down = False
    at = say(at, "after it")
    assert stored(at) == [
        GREETING,
        "message 0",
        "You said: message 0",
        "during the outage",
        "You said: during the outage",
        "after it",
        "You said: after it",
    ]


def test_a_database_outage_at_conclusion_says_so_and_counts_nothing(outage):
    at = chatting(turns=3)
    outage.down = True
    at = click(at, "Conclude")
    assert_clean(at)
    assert "database is not answering" in errors(at)
    outage.down = False
    assert outage.get(f"bots/{MAYA}")["sessions_ended"] == 0


def test_firestore_stopping_mid_chat_keeps_the_turn_in_memory_with_a_clear_error(
    llm_server, monkeypatch
):
    """The real client against an emulator that goes away: the turn ends with a store error
    the page can show, and every message stays in memory for the next write."""
    from google.cloud import firestore

    from api_sessions import create_session
    from api_users import get_create_user
    from api_util_firebase import FirestoreStore
    from api_util_openai import LLMClient
    from sessions.turn import start_turn
    from tests.builders import make_coach
    from tests.emulator import FirestoreEmulator

    emulator = FirestoreEmulator()
    monkeypatch.setenv("FIRESTORE_EMULATOR_HOST", emulator.host)
    client = firestore.Client(project="gptlab-outage")
    try:
        store = FirestoreStore(client)
        llm = LLMClient("sk-test-outage", base_url=llm_server.base_url, retry_delay=0.01)
        user = get_create_user("sk-test-outage", llm, store)
        chat = create_session(store, user, llm, make_coach(store, "You are Maya."))
        turn = start_turn(store, user, llm, chat, "is anyone there")
        emulator.stop()  # gone between the question and the end of the reply
        started = time.monotonic()
        assert "".join(turn) == "You said: is anyone there"
        assert time.monotonic() - started < 30  # told within seconds, not minutes
        assert isinstance(turn.persist_error, StoreUnavailable)
        assert chat.unsaved and [m.content for m in chat.transcript][-2:] == [
            "is anyone there",
            "You said: is anyone there",
        ]
    finally:
        client.close()
        emulator.stop()


class ReadOutageStore(SQLiteStore):
    """A real SQLite store whose point reads fail while `down` is set."""

    down = False

    def get(self, path):
        if self.down:
            raise StoreUnavailable("down")
        return super().get(path)


@pytest.mark.usefixtures("app_env")
def test_a_shared_link_opened_during_a_database_outage_shows_the_card_once_it_is_back(tmp_path):
    store = ReadOutageStore(tmp_path / "reads.sqlite3")
    set_store(store)
    at = new_app()
    at.query_params["assistant_id"] = "no-such-code"
    at = at.switch_page("pages/assistant.py").run()  # the store opens and seeds the showcase
    store.down = True
    at.query_params["assistant_id"] = MAYA
    at = at.run()
    assert_clean(at)
    assert "Sign in to open the assistant you were sent." in texts(at)
    store.down = False
    at = at.run()
    assert "Sign in to chat with Maya." in texts(at)  # not remembered as "no such assistant"
