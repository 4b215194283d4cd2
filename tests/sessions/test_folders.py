"""My Chats organised, on both stores: pins first, folders named by the visitor (encrypted, kept
through a key rotation), filters by assistant, folder and status, the two orders, and every page
still one indexed query."""

from __future__ import annotations

import pytest

from account.erasure import delete_user
from api_sessions import create_session, end_session
from api_users import get_create_user
from api_util_openai import LLMClient
from sessions.folders import (
    BACKFILL_MARK,
    MAX_FOLDER_NAME,
    FolderError,
    FolderNotFound,
    backfill_chat_order,
    create_folder,
    delete_folder,
    folders_collection,
    list_folders,
    move_chat,
    rename_folder,
    set_pinned,
)
from sessions.listing import (
    ORDER_BY_START,
    ChatView,
    list_chats,
)
from sessions.model import STATUS_COMPLETED, STATUS_STARTED, SessionNotFound
from sessions.resume import resume_session
from sessions.turn import start_turn
from tests.builders import make_coach
from users.rotation import rotate_key

RECAP = "Recap the session."


def client(server, key):
    return LLMClient(key, base_url=server.base_url, retry_delay=0.01)


@pytest.fixture
def world(store, llm_server):
    user = get_create_user("sk-test-alice", client(llm_server, "sk-test-alice"), store)
    maya = make_coach(store, "You are Coach Maya.", RECAP)
    return store, user, client(llm_server, "sk-test-alice"), maya


def new_chat(world, *texts, bot_id=None):
    store, user, llm, maya = world
    chat = create_session(store, user, llm, bot_id or maya)
    for text in texts:
        list(start_turn(store, user, llm, chat, text))
    return chat.session_id


def ids(page):
    return [chat.session_id for chat in page.chats]


def test_a_pinned_chat_comes_first_and_unpinning_puts_it_back(world):
    store, user, _, _ = world
    oldest, middle, newest = new_chat(world), new_chat(world), new_chat(world)
    set_pinned(store, user, oldest, True)
    page = list_chats(store, user)
    assert ids(page) == [oldest, newest, middle]
    assert page.chats[0].pinned and not page.chats[1].pinned
    set_pinned(store, user, oldest, False)
    assert ids(list_chats(store, user)) == [newest, middle, oldest]


def test_pinning_is_not_activity(world):
    store, user, _, _ = world
    first, second = new_chat(world), new_chat(world)
    set_pinned(store, user, first, True)
    set_pinned(store, user, first, False)
    assert ids(list_chats(store, user)) == [second, first]


def test_paging_through_pinned_and_unpinned_chats_shows_each_once_in_one_query_a_page(world):
    store, user, _, _ = world
    made = [new_chat(world) for _ in range(7)]
    for session_id in (made[1], made[4]):
        set_pinned(store, user, session_id, True)
    seen, cursor, queries = [], None, []
    while True:
        store.stats.reset()
        page = list_chats(store, user, after=cursor, limit=2)
        queries.append((store.stats.queries, store.stats.reads))
        seen += ids(page)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == [made[4], made[1], made[6], made[5], made[3], made[2], made[0]]
    assert set(queries) == {(1, 0)}  # every page: one indexed query, no other read


def test_a_folder_holds_the_chats_put_in_it_and_the_filter_shows_only_those(world):
    store, user, _, _ = world
    work, home = create_folder(store, user, "Work"), create_folder(store, user, " Home  plans ")
    assert home.name == "Home plans"
    a, b, c = new_chat(world), new_chat(world), new_chat(world)
    move_chat(store, user, a, work.folder_id)
    move_chat(store, user, c, work.folder_id)
    move_chat(store, user, b, home.folder_id)
    store.stats.reset()
    in_work = list_chats(store, user, view=ChatView(folder_id=work.folder_id))
    assert (store.stats.queries, store.stats.reads) == (1, 0)
    assert ids(in_work) == [c, a] and in_work.chats[0].folder_id == work.folder_id
    move_chat(store, user, c, "")  # out of every folder
    assert ids(list_chats(store, user, view=ChatView(folder_id=work.folder_id))) == [a]
    assert [f.name for f in list_folders(store, user)] == ["Home plans", "Work"]


def test_folder_names_are_stored_encrypted_and_never_on_the_chats(world):
    store, user, _, _ = world
    folder = create_folder(store, user, "Divorce lawyer")
    chat = new_chat(world)
    move_chat(store, user, chat, folder.folder_id)
    stored = store.get(f"{folders_collection(user.user_id)}/{folder.folder_id}")
    assert "Divorce" not in repr(stored) and "Divorce" not in repr(store.get(f"sessions/{chat}"))
    assert store.get(f"sessions/{chat}")["folder_id"] == folder.folder_id


def test_renaming_a_folder_keeps_its_chats_in_it(world):
    store, user, _, _ = world
    folder = create_folder(store, user, "Wrok")
    chat = new_chat(world)
    move_chat(store, user, chat, folder.folder_id)
    rename_folder(store, user, folder.folder_id, "Work")
    assert [f.name for f in list_folders(store, user)] == ["Work"]
    assert ids(list_chats(store, user, view=ChatView(folder_id=folder.folder_id))) == [chat]


def test_deleting_a_folder_keeps_its_chats_in_no_folder(world):
    store, user, _, _ = world
    folder, other = create_folder(store, user, "Old"), create_folder(store, user, "Keep")
    inside, elsewhere = new_chat(world), new_chat(world)
    move_chat(store, user, inside, folder.folder_id)
    move_chat(store, user, elsewhere, other.folder_id)
    assert delete_folder(store, user, folder.folder_id) == 1
    assert [f.name for f in list_folders(store, user)] == ["Keep"]
    assert ids(list_chats(store, user, view=ChatView(folder_id=""))) == [inside]
    assert ids(list_chats(store, user, view=ChatView(folder_id=other.folder_id))) == [elsewhere]
    with pytest.raises(FolderNotFound):  # deleted in another tab: said, not a traceback
        move_chat(store, user, inside, folder.folder_id)
    with pytest.raises(FolderNotFound):
        delete_folder(store, user, folder.folder_id)


@pytest.mark.parametrize(
    "name, message",
    [
        ("   ", "Give the folder a name."),
        ("x" * (MAX_FOLDER_NAME + 1), "at most"),
        ("work", "already have a folder"),
        ("\ud83d", "broken character"),
    ],
)
def test_a_folder_name_that_cannot_be_used_is_refused_with_a_reason(world, name, message):
    store, user, _, _ = world
    create_folder(store, user, "Work")
    with pytest.raises(FolderError, match=message):
        create_folder(store, user, name)
    assert [f.name for f in list_folders(store, user)] == ["Work"]


def test_another_users_chat_cannot_be_pinned_or_filed(world, llm_server):
    store, user, _, _ = world
    mallory = get_create_user("sk-test-mallory", client(llm_server, "sk-test-mallory"), store)
    chat = new_chat(world)
    folder = create_folder(store, mallory, "Stolen")
    with pytest.raises(SessionNotFound):
        set_pinned(store, mallory, chat, True)
    with pytest.raises(SessionNotFound):
        move_chat(store, mallory, chat, folder.folder_id)
    with pytest.raises(FolderNotFound):  # her folder id means nothing to Alice
        move_chat(store, user, chat, folder.folder_id)
    assert not list_chats(store, user).chats[0].pinned


def test_filters_by_assistant_and_status_combine_with_folders(world):
    store, user, llm, maya = world
    leo = make_coach(store, "You are Coach Leo.", RECAP)
    folder = create_folder(store, user, "Fitness")
    with_maya, with_leo, leo_done = new_chat(world), new_chat(world, bot_id=leo), None
    leo_done_chat = create_session(store, user, llm, leo)
    list(start_turn(store, user, llm, leo_done_chat, "hello"))
    end_session(store, user, llm, leo_done_chat)
    leo_done = leo_done_chat.session_id
    for session_id in (with_leo, leo_done):
        move_chat(store, user, session_id, folder.folder_id)

    def shown(**view):
        store.stats.reset()
        found = ids(list_chats(store, user, view=ChatView(**view)))
        assert (store.stats.queries, store.stats.reads) == (1, 0)
        return found

    assert shown(bot_id=maya) == [with_maya]
    assert shown(bot_id=leo) == [leo_done, with_leo]
    assert shown(status=STATUS_COMPLETED) == [leo_done]
    assert shown(status=STATUS_STARTED) == [with_leo, with_maya]
    assert shown(bot_id=leo, folder_id=folder.folder_id, status=STATUS_STARTED) == [with_leo]
    assert shown(bot_id=maya, folder_id=folder.folder_id) == []
    assert shown(folder_id=folder.folder_id, status=STATUS_COMPLETED, order=ORDER_BY_START) == [
        leo_done
    ]


def test_ordering_by_start_keeps_pinned_chats_first(world):
    store, user, llm, _ = world
    old, new = new_chat(world), new_chat(world)
    third = new_chat(world)
    set_pinned(store, user, new, True)
    list(start_turn(store, user, llm, resume_session(store, user, old), "back to this one"))
    assert ids(list_chats(store, user)) == [new, old, third]
    assert ids(list_chats(store, user, view=ChatView(order=ORDER_BY_START))) == [new, third, old]


def test_folders_stay_readable_and_hold_their_chats_after_a_key_rotation(store, llm_server):
    old, new = "sk-test-folders-old", "sk-test-folders-new"
    user = get_create_user(old, client(llm_server, old), store)
    chat = create_session(store, user, client(llm_server, old), make_coach(store, "Maya."))
    folder = create_folder(store, user, "Taxes 2026")
    move_chat(store, user, chat.session_id, folder.folder_id)
    set_pinned(store, user, chat.session_id, True)
    before = store.get(f"{folders_collection(user.user_id)}/{folder.folder_id}")["name"]
    moved = rotate_key(old, new, client(llm_server, new), store)
    after = store.get(f"{folders_collection(user.user_id)}/{folder.folder_id}")["name"]
    assert after != before and moved.cipher.is_current(after)  # re-encrypted
    assert [(f.folder_id, f.name) for f in list_folders(store, moved)] == [
        (folder.folder_id, "Taxes 2026")
    ]
    page = list_chats(store, moved, view=ChatView(folder_id=folder.folder_id))
    assert ids(page) == [chat.session_id] and page.chats[0].pinned


def test_erasing_the_account_removes_its_folders(store, llm_server):
    user = get_create_user("sk-test-erase", client(llm_server, "sk-test-erase"), store)
    create_folder(store, user, "Private")
    delete_user("sk-test-erase", store)
    assert store.query(folders_collection(user.user_id)) == []


def test_chats_stored_before_folders_are_listed_once_backfilled(world):
    store, user, _, _ = world
    kept = new_chat(world)
    legacy = new_chat(world)
    # As an older release stored it: no pin, no folder field.
    data = store.get(f"sessions/{legacy}")
    store.delete(f"sessions/{legacy}")  # the npm emulator's set keeps fields it is not given
    legacy_fields = {k: v for k, v in data.items() if k not in ("pinned", "folder_id")}
    store.set(f"sessions/{legacy}", legacy_fields)
    assert "pinned" not in store.get(f"sessions/{legacy}")
    set_pinned(store, user, kept, True)
    assert backfill_chat_order(store) == 1
    assert ids(list_chats(store, user)) == [kept, legacy]
    assert store.get(f"sessions/{kept}")["pinned"] is True  # present fields are kept
    assert store.get_or_none(BACKFILL_MARK) is not None
    store.stats.reset()
    assert backfill_chat_order(store) == 0
    assert (store.stats.reads, store.stats.queries) == (1, 0)  # once per database
