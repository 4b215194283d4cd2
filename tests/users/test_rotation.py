"""Key rotation to a new data key, revocation of old-key tabs, and erasure that leaves nothing
readable, on both stores."""

from __future__ import annotations

import threading

import pytest

from account.erasure import delete_user, erase_remains, resume_erasures
from api_sessions import create_session
from api_users import KeyAlreadyInUse, KeyRevoked, UserError, get_create_user
from api_util_firebase import SQLiteStore, StoreUnavailable
from api_util_openai import LLMClient
from sessions.listing import list_chats, rename_chat
from sessions.resume import get_session_messages, resume_session
from sessions.turn import retry_turn, start_turn
from tests.builders import make_coach
from users.crypto import Cipher, DecryptionFailed
from users.drafts import draft_path, load_draft, save_draft
from users.rotation import RotationConflict, _move_account, finish_rotation, rotate_key

OLD = "sk-test-rotating-old"
NEW = "sk-test-rotating-new"
OTHER = "sk-test-rotating-other"


def client(server, key):
    return LLMClient(key, base_url=server.base_url, retry_delay=0.01)


def sign_in(store, server, key):
    return get_create_user(key, client(server, key), store)


def chat_with_history(store, server, user, turns=("first", "second")):
    chat = create_session(store, user, client(server, OLD), make_coach(store, "You are Maya."))
    for text in turns:
        list(start_turn(store, user, client(server, OLD), chat, text))
    return chat


def stored_tokens(store, session_id):
    session = store.get(f"sessions/{session_id}")
    messages = [data["message"] for _, data in store.query(f"sessions/{session_id}/messages")]
    titles = [
        session[name] for name in ("title", "first_title", "custom_title") if session.get(name)
    ]
    return [session["messages_str"], *titles, *messages]


def stored_draft(store, user):
    return store.get(draft_path(user.user_id))["draft"]


def test_rotation_moves_every_text_to_a_new_data_key(store, llm_server):
    old = sign_in(store, llm_server, OLD)
    chat = chat_with_history(store, llm_server, old)
    rename_chat(store, old, chat.session_id, "My own name for it")
    save_draft(store, old, {"initial_prompt": "You are Rae, my unfinished coach."})
    before = stored_tokens(store, chat.session_id) + [stored_draft(store, old)]
    seen = []
    rotate_key(OLD, NEW, client(llm_server, NEW), store, progress=lambda d, t: seen.append((d, t)))
    new = sign_in(store, llm_server, NEW)
    assert new.user_id == old.user_id and not new.rotation_pending
    assert [m.content for m in get_session_messages(store, new, chat.session_id)] == [
        m.content for m in chat.transcript
    ]
    after = stored_tokens(store, chat.session_id) + [stored_draft(store, new)]
    assert set(after).isdisjoint(before)
    kept = load_draft(store, new, {"initial_prompt": ""})
    assert kept == {"initial_prompt": "You are Rae, my unfinished coach."}
    for token in after:  # the old data key opens nothing written or rewritten since
        with pytest.raises(DecryptionFailed):
            old.cipher.decrypt(token)
    assert store.get(f"users/{old.user_id}")["previous_wrapped_keys"] == []
    assert seen == [(1, 1)]
    assert list_chats(store, new).chats[0].title == "My own name for it"


def test_a_tab_still_holding_the_old_key_loses_access_at_its_next_action(store, llm_server):
    old = sign_in(store, llm_server, OLD)
    chat = chat_with_history(store, llm_server, old)
    rotate_key(OLD, NEW, client(llm_server, NEW), store)
    calls = len(llm_server.state.calls("/chat/completions"))
    with pytest.raises(KeyRevoked, match="Sign in again"):
        start_turn(store, old, client(llm_server, OLD), chat, "written after the rotation")
    with pytest.raises(KeyRevoked):
        retry_turn(store, old, client(llm_server, OLD), chat)
    # Refused before the model is called: no reply streams to the old tab, nothing is billed.
    assert len(llm_server.state.calls("/chat/completions")) == calls
    new = sign_in(store, llm_server, NEW)
    stored = [m.content for m in get_session_messages(store, new, chat.session_id)]
    assert "written after the rotation" not in stored
    with pytest.raises(KeyRevoked):
        resume_session(store, old, chat.session_id)
    with pytest.raises(KeyRevoked):
        create_session(store, old, client(llm_server, OLD), chat.config.bot_id)


def test_of_two_simultaneous_rotations_one_wins_and_the_other_key_is_not_locked_out(
    store, llm_server
):
    sign_in(store, llm_server, OLD)
    from api_users import find_account, open_account

    stale = open_account(store, *find_account(store, OLD, ""), OLD, "")
    rotate_key(OLD, NEW, client(llm_server, NEW), store)
    loser = type(stale)(
        user_id=stale.user_id,
        cipher=Cipher(b"x" * 32 + b"=" * 12, (stale.cipher.data_key,)),
        key_generation=stale.key_generation + 1,
    )
    with pytest.raises(RotationConflict):
        _move_account(store, stale, loser, OLD, OTHER, "")
    assert sign_in(store, llm_server, NEW).user_id == stale.user_id
    other = sign_in(store, llm_server, OTHER)  # a fresh, working account, not an unreadable one
    assert other.user_id != stale.user_id


def test_a_stalled_rotation_that_lost_the_race_fails_and_the_account_still_opens(store, llm_server):
    """old->B reads the account and stalls; old->A and then A->C complete; B's move must fail
    (it used to commit: C could not open the account, B opened it with no readable chat)."""
    from api_users import find_account, open_account

    user = sign_in(store, llm_server, OLD)
    chat = chat_with_history(store, llm_server, user, turns=("hello",))
    stale = open_account(store, *find_account(store, OLD, ""), OLD, "")
    rotate_key(OLD, NEW, client(llm_server, NEW), store)
    rotate_key(NEW, OTHER, client(llm_server, OTHER), store)
    late = type(stale)(
        user_id=stale.user_id,
        cipher=Cipher(b"y" * 32 + b"=" * 12, (stale.cipher.data_key,)),
        key_generation=stale.key_generation + 1,
    )
    with pytest.raises(RotationConflict):
        _move_account(store, stale, late, OLD, "sk-test-rotating-late", "")
    current = sign_in(store, llm_server, OTHER)
    assert current.user_id == user.user_id
    assert [m.content for m in get_session_messages(store, current, chat.session_id)][-1] == (
        "You said: hello"
    )
    assert sign_in(store, llm_server, "sk-test-rotating-late").user_id != user.user_id


def test_racing_rotations_from_two_tabs_leave_one_account_that_opens(store, llm_server):
    user = sign_in(store, llm_server, OLD)
    chat = chat_with_history(store, llm_server, user, turns=("hello",))
    outcomes: dict[str, object] = {}

    def rotate(key):
        try:
            outcomes[key] = rotate_key(OLD, key, client(llm_server, key), store).user_id
        except UserError as error:
            outcomes[key] = error

    threads = [threading.Thread(target=rotate, args=(key,)) for key in (NEW, OTHER)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [key for key, result in outcomes.items() if result == user.user_id]
    assert len(winners) == 1
    moved = sign_in(store, llm_server, winners[0])
    assert [m.content for m in get_session_messages(store, moved, chat.session_id)][-1] == (
        "You said: hello"
    )
    loser = OTHER if winners[0] == NEW else NEW
    assert sign_in(store, llm_server, loser).user_id != user.user_id


class FailingAfter(SQLiteStore):
    """A real SQLite store whose commits start failing after `allowed` more succeed."""

    allowed: int | None = None

    def _commit(self, ops):
        if self.allowed is not None:
            if self.allowed == 0:
                raise StoreUnavailable("down")
            self.allowed -= 1
        super()._commit(ops)


def test_a_rotation_cut_short_is_finished_by_the_next_sign_in(tmp_path, llm_server, monkeypatch):
    store = FailingAfter(tmp_path / "store.sqlite3")
    old = sign_in(store, llm_server, OLD)
    chats = [chat_with_history(store, llm_server, old, turns=(f"chat {i}",)) for i in range(3)]
    monkeypatch.setattr("users.rotation._BATCH_WRITES", 2)
    store.allowed = 2  # the move and one re-encryption batch, then the database goes away
    with pytest.raises(StoreUnavailable):
        rotate_key(OLD, NEW, client(llm_server, NEW), store)
    store.allowed = None
    resumed = sign_in(store, llm_server, NEW)
    assert resumed.rotation_pending  # old texts still open with the retired key it carries
    finished = finish_rotation(store, resumed)
    for chat in chats:
        texts = [m.content for m in get_session_messages(store, finished, chat.session_id)]
        assert texts == [m.content for m in chat.transcript]
        for token in stored_tokens(store, chat.session_id):
            assert finished.cipher.is_current(token)
    assert not sign_in(store, llm_server, NEW).rotation_pending


def test_rotation_to_a_key_in_use_changes_nothing(store, llm_server):
    old = sign_in(store, llm_server, OLD)
    chat = chat_with_history(store, llm_server, old, turns=("x",))
    sign_in(store, llm_server, NEW)
    with pytest.raises(KeyAlreadyInUse):
        rotate_key(OLD, NEW, client(llm_server, NEW), store)
    assert len(get_session_messages(store, old, chat.session_id)) == 3


# ---------------------------------------------------------------- erasure


def test_erasure_removes_sessions_and_the_creators_prompts_with_their_copies(store, llm_server):
    creator = sign_in(store, llm_server, OLD)
    store.set(f"users/{creator.user_id}", {**store.get(f"users/{creator.user_id}")})
    bot_id = make_coach(store, "Secret coaching method: the Zebra plan.")
    store.update(f"bots/{bot_id}", {"creator_user_id": creator.user_id})
    visitor = sign_in(store, llm_server, OTHER)
    visit = create_session(store, visitor, client(llm_server, OTHER), bot_id)
    own = chat_with_history(store, llm_server, creator, turns=("mine",))
    save_draft(store, creator, {"initial_prompt": "An unfinished secret."})
    store.set(f"users/{creator.user_id}/leak_memory/{bot_id}", {"version": "a/b", "positions": [3]})
    assert store.query(f"users/{creator.user_id}/spend")
    delete_user(OLD, store)
    assert store.query(f"users/{creator.user_id}/leak_memory") == []
    assert store.get_or_none(draft_path(creator.user_id)) is None
    assert store.get_or_none(f"sessions/{own.session_id}") is None
    assert store.query(f"sessions/{own.session_id}/messages") == []
    assert store.query(f"sessions/{own.session_id}/revisions") == []
    assert store.query(f"users/{creator.user_id}/spend") == []
    assert store.get_or_none(f"bots/{bot_id}") is None
    assert store.query(f"bots/{bot_id}/prompts") == []
    assert store.query(f"bots/{bot_id}/model_configs") == []
    copy = store.get(f"sessions/{visit.session_id}")
    assert "Zebra" not in str(copy)
    assert store.query("erasures") == []
    assert get_create_user(OLD, client(llm_server, OLD), store).user_id != creator.user_id


def test_erasure_blanks_prompt_copies_in_older_sessions_including_the_creators_own(
    store, llm_server
):
    creator = sign_in(store, llm_server, OLD)
    bot_id = make_coach(store, "Secret coaching method: the Zebra plan.")
    store.update(f"bots/{bot_id}", {"creator_user_id": creator.user_id})
    visitor = sign_in(store, llm_server, OTHER)
    visit = create_session(store, visitor, client(llm_server, OTHER), bot_id)
    own = create_session(store, creator, client(llm_server, OLD), bot_id)
    # As stored before sessions named versions: a copy of the hidden prompt in each session.
    legacy = {"initial_prompt": "Secret coaching method: the Zebra plan.", "summary_prompt": "x"}
    for session in (visit, own):
        store.update(f"sessions/{session.session_id}", legacy)
    delete_user(OLD, store)
    assert store.get_or_none(f"sessions/{own.session_id}") is None
    assert "Zebra" not in str(store.get(f"sessions/{visit.session_id}"))
    assert store.query("erasures") == []


def test_an_erasure_cut_short_is_finished_on_resume(tmp_path, llm_server, monkeypatch):
    store = FailingAfter(tmp_path / "store.sqlite3")
    user = sign_in(store, llm_server, OLD)
    chats = [chat_with_history(store, llm_server, user, turns=(f"c{i}",)) for i in range(3)]
    monkeypatch.setattr("store.batches.BATCH_WRITES", 2)
    store.allowed = 2
    with pytest.raises(StoreUnavailable):
        delete_user(OLD, store)
    store.allowed = None
    assert store.get_or_none(f"users/{user.user_id}") is None  # unreadable from the first step
    assert [uid for uid, _ in store.query("erasures")] == [user.user_id]
    assert resume_erasures(store) == 1
    for chat in chats:
        assert store.get_or_none(f"sessions/{chat.session_id}") is None
    assert store.query("erasures") == [] and store.query("sessions") == []
    erase_remains(store, user.user_id)  # running again is harmless


def test_erased_and_rotated_keys_leave_no_trace_in_sqlite_files(tmp_path, llm_server):
    store = SQLiteStore(tmp_path / "store.sqlite3")
    user = sign_in(store, llm_server, OLD)
    chat_with_history(store, llm_server, user, turns=("private",))
    wrapped = store.get(f"users/{user.user_id}")["wrapped_data_key"]
    rotate_key(OLD, NEW, client(llm_server, NEW), store)
    rewrapped = store.get(f"users/{user.user_id}")["wrapped_data_key"]
    delete_user(NEW, store)
    files = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert wrapped.encode() not in files and rewrapped.encode() not in files
    store.close()


def test_a_creators_knowledge_answers_the_same_after_rotation(store, llm_server):
    """Knowledge texts are not encrypted with the key: a rotation never touches them."""
    from dataclasses import replace

    from api_bots import MARK_QUOTABLE, KnowledgeSource, create_bot, get_bot_config, stage_text
    from api_util_openai import ModelConfig
    from bots.draft import BotDraft

    creator = sign_in(store, llm_server, OLD)
    text = "Week two adds a long run of 18 km at an easy pace."
    source = KnowledgeSource(
        stage_text(store, creator.user_id, text), "Plan", "txt", MARK_QUOTABLE, 14, len(text)
    )
    draft = BotDraft("Rae", "Coach", "Helps.", "You are Rae.", ModelConfig("gpt-4o-mini", 300))
    bot_id = create_bot(store, creator.user_id, replace(draft, knowledge=(source,)))
    before = store.query(f"users/{creator.user_id}/knowledge_texts")
    rotate_key(OLD, NEW, client(llm_server, NEW), store)
    assert store.query(f"users/{creator.user_id}/knowledge_texts") == before
    moved = sign_in(store, llm_server, NEW)
    chat = create_session(store, moved, client(llm_server, NEW), bot_id)
    reply = "".join(
        start_turn(store, moved, client(llm_server, NEW), chat, "How long is the long run?")
    )
    assert "18 km" in reply and get_bot_config(store, bot_id).knowledge == (source,)
