"""The monthly spend cap: stored with the user, read fresh before each model call, so it holds
in every tab of one visitor and on every server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal

import pytest

from api_sessions import create_session, start_turn
from api_users import (
    InvalidSpendCap,
    SpendCapReached,
    bound_store,
    cap_status,
    load_spend_cap,
    month_spend,
    require_under_cap,
    rotate_key,
    save_spend_cap,
)
from api_util_firebase import DocumentStore, FirestoreStore, SQLiteStore
from api_util_openai import LLMClient
from tests.builders import make_coach, user_of

# gpt-4o-mini reads at $0.15 per million tokens: a call of 100,000 is $0.015, over a $0.01 cap.
BIG_PROMPT = 100_000


@pytest.fixture
def other_server(store, tmp_path) -> Iterator[DocumentStore]:
    """A second server's own store client, on the same database."""
    if isinstance(store, SQLiteStore):
        other: DocumentStore = SQLiteStore(tmp_path / "store.sqlite3")
        yield other
        other.close()
        return
    from google.cloud import firestore

    assert os.environ.get("FIRESTORE_EMULATOR_HOST")
    client = firestore.Client(project="gptlab-test")
    yield FirestoreStore(client)
    client.close()


def chat_once(store, user, llm_server, text="hello"):
    """One stored turn on a fresh chat with a big context; its cost goes to the month's total."""
    llm = LLMClient("sk-test-alice", base_url=llm_server.base_url, retry_delay=0.01)
    llm_server.state.prompt_tokens = BIG_PROMPT
    chat = create_session(store, user, llm, make_coach(store, "You are Maya."))
    turn = start_turn(store, user, llm, chat, text)
    list(turn)
    assert turn.persist_error is None
    return chat


def test_a_cap_is_stored_with_the_user_and_read_back(store, llm_server):
    user = user_of(store, llm_server.base_url)
    assert load_spend_cap(store, user).active is False  # no cap until the visitor sets one
    save_spend_cap(store, user, "5", on=True)
    cap = load_spend_cap(store, user)
    assert (cap.micros, cap.on, cap.active) == (5_000_000, True, True)
    assert store.get(f"users/{user.user_id}")["spend_cap_micros"] == 5_000_000


def test_the_off_switch_keeps_the_amount_and_never_asks(store, llm_server):
    user = user_of(store, llm_server.base_url)
    chat_once(store, user, llm_server)
    save_spend_cap(store, user, 0.01, on=False)
    assert load_spend_cap(store, user).micros == 10_000  # kept for switching it back on
    assert require_under_cap(store, user).reached is False
    save_spend_cap(store, user, 0.01, on=True)
    with pytest.raises(SpendCapReached, match=r"reached your \$0\.01 cap\. Send anyway\?"):
        require_under_cap(store, user)


@pytest.mark.parametrize("typed", ["0", "-3", "abc", "nan", "inf", "10000.01", ""])
def test_a_cap_out_of_bounds_is_refused_and_nothing_is_stored(store, llm_server, typed):
    user = user_of(store, llm_server.base_url)
    with pytest.raises(InvalidSpendCap, match="between"):
        save_spend_cap(store, user, typed, on=True)
    assert "spend_cap_micros" not in store.get(f"users/{user.user_id}")


def test_the_check_reads_the_cap_and_the_total_and_nothing_when_off(store, llm_server):
    user = user_of(store, llm_server.base_url)
    store.stats.reset()
    require_under_cap(store, user)
    assert store.stats.reads == 1  # the cap is off: the total is not read
    save_spend_cap(store, user, "5", on=True)
    store.stats.reset()
    require_under_cap(store, user)
    assert store.stats.reads == 2


def test_the_warning_share_starts_at_80_percent(store, llm_server):
    user = user_of(store, llm_server.base_url)
    chat_once(store, user, llm_server)
    assert cap_status(store, user).spent.cost_micros == 0  # no cap: the total is not read
    spent = month_spend(store, user).cost_micros
    save_spend_cap(store, user, Decimal(spent) / 790_000, on=True)  # spent is 79% of it
    assert not cap_status(store, user).near
    save_spend_cap(store, user, Decimal(spent) / 810_000, on=True)  # spent is 81% of it
    status = cap_status(store, user)
    assert status.near and not status.reached


def test_spending_in_one_tab_makes_the_other_tab_ask(store, llm_server):
    first_tab = user_of(store, llm_server.base_url)
    second_tab = user_of(store, llm_server.base_url)  # the same visitor signed in again
    assert first_tab.user_id == second_tab.user_id
    save_spend_cap(bound_store(store, second_tab), second_tab, "0.01", on=True)
    require_under_cap(bound_store(store, second_tab), second_tab)  # nothing spent yet
    chat_once(bound_store(store, first_tab), first_tab, llm_server)
    with pytest.raises(SpendCapReached):
        require_under_cap(bound_store(store, second_tab), second_tab)


def test_a_cap_set_on_one_server_holds_on_another(store, other_server, llm_server):
    user = user_of(store, llm_server.base_url)
    save_spend_cap(other_server, user, "0.01", on=True)
    chat_once(store, user, llm_server)  # spent through the first server
    with pytest.raises(SpendCapReached):
        require_under_cap(other_server, user)
    save_spend_cap(store, user, "0.01", on=False)  # switched off on the first server
    assert require_under_cap(other_server, user).reached is False


def test_the_cap_moves_with_the_account_to_a_new_key(store, llm_server):
    user = user_of(store, llm_server.base_url, "sk-test-old-key")
    save_spend_cap(store, user, "7.5", on=True)
    new_llm = LLMClient("sk-test-new-key", base_url=llm_server.base_url)
    moved = rotate_key("sk-test-old-key", "sk-test-new-key", new_llm, store)
    assert load_spend_cap(store, moved).micros == 7_500_000
