"""What a card import cut short leaves is removed at start-up once it is an hour old (never an
import under way), on both stores."""

from __future__ import annotations

from datetime import timedelta

import pytest

from api_bots import card_json, discard_stale_imports, export_card, import_card
from api_util_firebase import StoreUnavailable, utc_now
from tests.builders import CommitFaults, make_coach

SECRET = "You are Maya. Secret method: the Zebra plan."


def cut_short_import(store, monkeypatch) -> list[str]:
    """An import whose database failed from its second batch on, clean-up included; the
    documents it left."""
    card = card_json(export_card(store, "creator", make_coach(store, SECRET)))
    monkeypatch.setattr("store.batches.BATCH_WRITES", 2)
    faults = CommitFaults(store, monkeypatch).arm(range(2, 1000))
    with pytest.raises(StoreUnavailable):
        import_card(store, "creator", card)
    faults.disarm()
    left = [path for path in faults.created if store.get_or_none(path) is not None]
    assert any("/prompts/" in path for path in left)
    return left


def test_an_import_cut_short_an_hour_ago_is_removed_at_start_up(store, monkeypatch):
    left = cut_short_import(store, monkeypatch)
    [(code, _)] = store.query("imports")
    assert discard_stale_imports(store) == 0  # it may still be under way
    assert all(store.get_or_none(path) is not None for path in left)
    store.update(f"imports/{code}", {"created_date": utc_now() - timedelta(hours=2)})
    assert discard_stale_imports(store) == 1
    assert [path for path in left if store.get_or_none(path) is not None] == []
    assert store.query("imports") == []


def test_an_imports_record_never_removes_an_assistant_that_has_the_code(store):
    """A last commit reported failed may have been applied: the assistant it made stays."""
    code = make_coach(store, "You are Rae.")
    long_ago = utc_now() - timedelta(hours=2)
    store.set(f"imports/{code}", {"user_id": "creator", "created_date": long_ago})
    prompts = store.query(f"bots/{code}/prompts")
    assert discard_stale_imports(store) == 1
    assert store.get_or_none(f"bots/{code}") is not None
    assert store.query(f"bots/{code}/prompts") == prompts and len(prompts) == 2
    assert store.query("imports") == []
