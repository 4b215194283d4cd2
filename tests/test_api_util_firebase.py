"""The store contract: every operation behaves the same on SQLite and on Firestore."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from api_util_firebase import (
    QUERY_INDEXES,
    AlreadyExists,
    DocumentNotFound,
    DocumentTooLarge,
    Increment,
    SQLiteStore,
    StoreUnavailable,
    doc_path,
    open_store,
)
from settings import load_settings

AWKWARD_TEXT = 'line one\nline "two" \\ back\\slash\t😀 émoji ' + "x" * 20_000


def test_get_returns_what_set_wrote(store):
    when = datetime(2026, 11, 21, 12, 30, 15, 123456, tzinfo=UTC)
    data = {
        "name": "Ada",
        "count": 3,
        "ratio": 0.5,
        "on": True,
        "tags": ["a", "b"],
        "nested": {"k": "v"},
        "when": when,
        "nothing": None,
    }
    store.set("users/u1", data)
    assert store.get("users/u1") == data


def test_text_round_trips_exactly(store):
    store.set("messages/m1", {"message": AWKWARD_TEXT})
    assert store.get("messages/m1")["message"] == AWKWARD_TEXT


def test_missing_document_raises_not_found(store):
    with pytest.raises(DocumentNotFound):
        store.get("users/nobody")
    assert store.get_or_none("users/nobody") is None


@pytest.mark.parametrize("bad_id", ["", "a/b", "..", "users/x"])
def test_ids_that_cannot_name_a_document_raise_not_found(store, bad_id):
    with pytest.raises(DocumentNotFound):
        store.get(doc_path("bots", bad_id))


def test_add_creates_a_document_with_a_fresh_id(store):
    first = store.add("bots", {"name": "one"})
    second = store.add("bots", {"name": "two"})
    assert first != second and len(first) == 20
    assert store.get(f"bots/{first}")["name"] == "one"


def test_create_refuses_an_existing_document(store):
    store.create("user_hash/h1", {"user_id": "u1"})
    with pytest.raises(AlreadyExists):
        store.create("user_hash/h1", {"user_id": "u2"})
    assert store.get("user_hash/h1")["user_id"] == "u1"


def test_update_changes_only_named_fields(store):
    store.set("bots/b1", {"name": "old", "tag_line": "keep"})
    store.update("bots/b1", {"name": "new"})
    assert store.get("bots/b1") == {"name": "new", "tag_line": "keep"}


def test_update_of_missing_document_raises_not_found(store):
    with pytest.raises(DocumentNotFound):
        store.update("bots/none", {"name": "x"})


def test_increment_is_atomic_under_concurrent_writers(store):
    store.set("bots/b1", {"sessions_started": 0})
    workers = [
        threading.Thread(
            target=lambda: [store.increment("bots/b1", sessions_started=1) for _ in range(5)]
        )
        for _ in range(4)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert store.get("bots/b1")["sessions_started"] == 20


def test_increment_on_create_counts_from_zero(store):
    store.set("users/u1", {"bots_created": Increment(2)})
    assert store.get("users/u1")["bots_created"] == 2


def test_merge_creates_an_absent_document_then_adds_to_its_counters(store):
    for amount in (2, 3):
        store.batch().merge(
            "bots/b1/days/2026-11-22", {"date": "2026-11-22", "messages": Increment(amount)}
        ).commit()
    store.batch().merge("bots/b1/days/2026-11-22", {"tokens": Increment(7)}).commit()
    assert store.get("bots/b1/days/2026-11-22") == {
        "date": "2026-11-22",
        "messages": 5,
        "tokens": 7,
    }


def test_merge_is_atomic_under_concurrent_writers(store):
    def count() -> None:
        for _ in range(5):
            store.batch().merge("bots/b1/versions/1", {"messages": Increment(1)}).commit()

    workers = [threading.Thread(target=count) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert store.get("bots/b1/versions/1")["messages"] == 20


def test_delete_removes_the_document(store):
    store.set("bots/b1", {"name": "x"})
    store.delete("bots/b1")
    assert store.get_or_none("bots/b1") is None


def test_query_filters_by_equality_orders_and_limits(store):
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(5):
        store.set(
            f"sessions/s{i}",
            {
                "user_id": "u1" if i != 2 else "u2",
                "bot_id": "b1",
                "created_date": start + timedelta(minutes=i),
            },
        )
    found = store.query(
        "sessions",
        {"user_id": "u1", "bot_id": "b1"},
        order_by="created_date",
        descending=True,
        limit=3,
    )
    assert [doc_id for doc_id, _ in found] == ["s4", "s3", "s1"]
    ascending = store.query("sessions", {"user_id": "u1"}, order_by="created_date")
    assert [doc_id for doc_id, _ in ascending] == ["s0", "s1", "s3", "s4"]


def test_query_distinguishes_booleans_from_numbers(store):
    store.set("bots/a", {"showcased": True, "is_active": True})
    store.set("bots/b", {"showcased": False, "is_active": True})
    store.set("bots/c", {"showcased": 1, "is_active": True})
    found = store.query("bots", {"showcased": True, "is_active": True})
    assert [doc_id for doc_id, _ in found] == ["a"]


def test_query_on_subcollection_sees_only_its_parent(store):
    store.set("sessions/s1", {"x": 1})
    store.set("sessions/s2", {"x": 2})
    store.add("sessions/s1/messages", {"seq": 1, "role": "user"})
    store.add("sessions/s1/messages", {"seq": 0, "role": "assistant"})
    store.add("sessions/s2/messages", {"seq": 0, "role": "user"})
    found = store.query("sessions/s1/messages", order_by="seq")
    assert [data["role"] for _, data in found] == ["assistant", "user"]


def test_batch_commits_all_writes_together(store):
    store.set("users/u1", {"sessions_started": 0})
    batch = store.batch()
    session_id = batch.add("sessions", {"user_id": "u1"})
    batch.add(f"sessions/{session_id}/messages", {"seq": 0, "message": "hi"})
    batch.update("users/u1", {"sessions_started": Increment(1)})
    batch.commit()
    assert store.get(f"sessions/{session_id}")["user_id"] == "u1"
    assert len(store.query(f"sessions/{session_id}/messages")) == 1
    assert store.get("users/u1")["sessions_started"] == 1


def test_failed_batch_writes_nothing(store):
    store.create("user_hash/h1", {"user_id": "winner"})
    batch = store.batch()
    batch.set("users/loser", {"user_hash": "h1"})
    batch.create("user_hash/h1", {"user_id": "loser"})
    with pytest.raises(AlreadyExists):
        batch.commit()
    assert store.get_or_none("users/loser") is None
    assert store.get("user_hash/h1")["user_id"] == "winner"


def test_stats_count_reads_queries_and_commits(store):
    store.stats.reset()
    batch = store.batch()
    batch.set("a/1", {"v": 1})
    batch.set("a/2", {"v": 2})
    batch.commit()
    store.get("a/1")
    store.query("a")
    assert (store.stats.reads, store.stats.queries, store.stats.commits, store.stats.writes) == (
        1,
        1,
        1,
        2,
    )


def test_sqlite_store_reports_an_unusable_file(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    with pytest.raises((StoreUnavailable, OSError)):
        SQLiteStore(blocker / "db.sqlite3")


def test_settings_open_the_configured_backend(tmp_path, firestore_emulator, firestore_client):
    sqlite = open_store(
        load_settings(env={"GPTLAB_SQLITE_PATH": str(tmp_path / "x.db")}, secrets={})
    )
    assert sqlite.backend_name == "sqlite"
    sqlite.close()
    env = {
        "FIRESTORE_EMULATOR_HOST": firestore_emulator.host,
        "GOOGLE_CLOUD_PROJECT": "gptlab-test",
    }
    firestore_store = open_store(load_settings(env=env, secrets={}))
    assert firestore_store.backend_name == "firestore"
    firestore_store.set("probe/one", {"ok": True})
    # The fixture's client (same emulator, same project) sees the write.
    assert firestore_client.document("probe/one").get().to_dict() == {"ok": True}
    firestore_store.close()


def test_firestore_index_file_declares_the_indexes_the_queries_use():
    declared = json.loads((Path(__file__).parent.parent / "firestore.indexes.json").read_text())
    # Equality fields are declared ascending, then the ordering fields (all descending).
    found = {
        (
            index["collectionGroup"],
            tuple(f["fieldPath"] for f in index["fields"] if f["order"] == "ASCENDING"),
            tuple(f["fieldPath"] for f in index["fields"] if f["order"] == "DESCENDING"),
        )
        for index in declared["indexes"]
    }
    assert found == set(QUERY_INDEXES)
    assert len(declared["indexes"]) == len(QUERY_INDEXES)


def test_sqlite_answers_listing_queries_from_an_index(tmp_path):
    sqlite = SQLiteStore(tmp_path / "plan.sqlite3")
    plan = sqlite._conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM documents WHERE collection = 'bots' "
        "AND json_extract(data, '$.is_active') = 1 AND json_extract(data, '$.showcased') = 1"
    ).fetchall()
    assert any("idx_bots_is_active_showcased_created_date" in row[-1] for row in plan), plan
    sqlite.close()


def test_a_document_over_firestores_size_limit_is_refused_alike_on_both_backends(store):
    big = "汉" * 350_000  # 1,050,000 bytes in UTF-8
    with pytest.raises(DocumentTooLarge):
        store.batch().set("notes/ok", {"text": "kept?"}).set("notes/big", {"text": big}).commit()
    assert store.get_or_none("notes/ok") is None  # nothing of the batch was written
    store.set("notes/half", {"a": "x" * 600_000})
    if store.backend_name == "sqlite":  # Firestore's server checks merged updates itself
        with pytest.raises(DocumentTooLarge):
            store.update("notes/half", {"b": "y" * 600_000})
    assert store.get("notes/half") == {"a": "x" * 600_000}


def test_query_pages_go_on_after_the_last_row_even_through_equal_values(store):
    start = datetime(2026, 3, 1, tzinfo=UTC)
    # Three sessions share one timestamp: a cursor on the time alone would skip or repeat them.
    times = [start, start + timedelta(minutes=1), *[start + timedelta(minutes=2)] * 3]
    for i, when in enumerate(times):
        store.set(f"sessions/s{i}", {"user_id": "u1", "created_date": when})
    store.set("sessions/other", {"user_id": "u2", "created_date": start})
    seen: list[str] = []
    cursor = None
    while True:
        page = store.query(
            "sessions",
            {"user_id": "u1"},
            order_by="created_date",
            descending=True,
            limit=2,
            start_after=cursor,
        )
        if not page:
            break
        seen += [doc_id for doc_id, _ in page]
        last_id, last = page[-1]
        cursor = (last["created_date"], last_id)
    assert seen == ["s4", "s3", "s2", "s1", "s0"]
    ascending = store.query(
        "sessions", {"user_id": "u1"}, order_by="created_date", start_after=(start, "s0")
    )
    assert [doc_id for doc_id, _ in ascending] == ["s1", "s2", "s3", "s4"]


def test_pages_ordered_by_two_fields_go_on_after_the_last_row(store):
    start = datetime(2026, 3, 1, tzinfo=UTC)
    rows = {  # id: (pinned, last activity)
        "a": (False, start + timedelta(minutes=5)),
        "b": (True, start),
        "c": (False, start + timedelta(minutes=5)),
        "d": (True, start + timedelta(minutes=9)),
        "e": (False, start + timedelta(minutes=1)),
    }
    for doc_id, (pinned, when) in rows.items():
        store.set(f"sessions/{doc_id}", {"user_id": "u1", "pinned": pinned, "at": when})
    order = ("pinned", "at")
    seen: list[str] = []
    cursor = None
    while page := store.query(
        "sessions", {"user_id": "u1"}, order_by=order, descending=True, limit=2, start_after=cursor
    ):
        seen += [doc_id for doc_id, _ in page]
        last_id, last = page[-1]
        cursor = ((last["pinned"], last["at"]), last_id)
    assert seen == ["d", "b", "c", "a", "e"]  # pinned first, newest first, ties by id


def test_a_cursor_without_an_order_is_refused(store):
    with pytest.raises(ValueError):
        store.query("sessions", {"user_id": "u1"}, start_after=("x", "y"))


def test_delete_that_must_exist_fails_the_whole_batch_once_the_document_is_gone(store):
    store.set("tokens/t1", {"n": 1})
    store.batch().delete("tokens/t1", must_exist=True).create("tokens/t2", {"n": 2}).commit()
    assert store.get_or_none("tokens/t1") is None
    batch = store.batch().delete("tokens/t1", must_exist=True).create("tokens/t2b", {"n": 2})
    batch.set("notes/n1", {"kept": False})
    with pytest.raises(DocumentNotFound):
        batch.commit()
    assert store.get_or_none("tokens/t2b") is None
    assert store.get_or_none("notes/n1") is None
    store.delete("tokens/absent")  # a plain delete of nothing is still fine
