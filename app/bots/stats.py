"""How an assistant does, for its creator: counters only, never a visitor's words.

Every event that changes a number adds to it in the same batch as the event itself: a turn's
one write also adds to one of COUNTER_SHARDS shard documents of its version and of its day
(`bots/{code}/counter_shards/{version|day}-{n|YYYY-MM-DD}-{k}`, k at random), so a busy
assistant's turns spread over several documents (Firestore sustains about one write a second
per document). Reading the stats sums the shards (one query per scope) with the counters that
version and day documents held before shards: no scan of sessions.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from api_util_firebase import DocumentStore, Increment, WriteBatch, doc_path, utc_now
from bots.codes import normalize_code
from bots.profiles import owned_bot

CHART_DAYS = 30
COUNTER_SHARDS = 8
SHARDS = "counter_shards"


@dataclass(frozen=True)
class Counters:
    sessions_started: int = 0
    sessions_ended: int = 0
    messages: int = 0
    likes: int = 0
    dislikes: int = 0
    regenerations: int = 0
    leaks: int = 0
    tokens: int = 0

    @classmethod
    def from_document(cls, data: dict[str, Any] | None) -> Counters:
        data = data or {}
        return cls(**{f.name: int(data.get(f.name) or 0) for f in fields(cls)})

    def __add__(self, other: Counters) -> Counters:
        return Counters(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )

    @property
    def conclusion_rate(self) -> float | None:
        """Concluded sessions per started session; None before the first session."""
        return self.sessions_ended / self.sessions_started if self.sessions_started else None

    @property
    def messages_per_session(self) -> float | None:
        return self.messages / self.sessions_started if self.sessions_started else None


@dataclass(frozen=True)
class VersionStats:
    number: int
    created_date: datetime | None
    note: str
    counters: Counters


@dataclass(frozen=True)
class BotStats:
    total: Counters
    versions: list[VersionStats]
    days: list[tuple[date, Counters]]  # the last CHART_DAYS days, oldest first, gaps as zeros
    leak_test: dict | None = None  # the latest leak test: version, date, protection per level


def record_leak_test(
    store: DocumentStore, user_id: str, bot_id: str, version: int, rates: dict[str, float]
) -> None:
    """Keep the latest leak test's protection per level with the assistant (its Stats show it)."""
    bot_id = normalize_code(bot_id)
    owned_bot(store, user_id, bot_id)
    store.update(
        doc_path("bots", bot_id),
        {"leak_test": {"version": version, "date": utc_now(), "rates": dict(rates)}},
    )


def day_id(when: datetime) -> str:
    return when.date().isoformat()


def count(
    batch: WriteBatch,
    bot_id: str | None,
    version: int | None,
    when: datetime | None = None,
    **amounts: int,
) -> None:
    """Add to the version's and the day's counters in `batch` (nothing for a Lab draft)."""
    amounts = {name: amount for name, amount in amounts.items() if amount}
    if not bot_id or not amounts:
        return
    unknown = set(amounts) - {f.name for f in fields(Counters)}
    if unknown:
        raise ValueError(f"Unknown counters: {sorted(unknown)}")
    increments = {name: Increment(amount) for name, amount in amounts.items()}
    day = day_id(when or utc_now())
    shard = random.randrange(COUNTER_SHARDS)
    batch.merge(
        doc_path("bots", bot_id, SHARDS, f"day-{day}-{shard}"),
        {"scope": "day", "date": day, **increments},
    )
    if version:
        batch.merge(
            doc_path("bots", bot_id, SHARDS, f"version-{version}-{shard}"),
            {"scope": "version", "number": version, **increments},
        )


def version_counters(store: DocumentStore, bot_id: str) -> dict[int, Counters]:
    """Each version's counters, summed over its shards (one query)."""
    totals: dict[int, Counters] = {}
    for _, data in store.query(f"bots/{bot_id}/{SHARDS}", {"scope": "version"}):
        number = int(data.get("number") or 0)
        totals[number] = totals.get(number, Counters()) + Counters.from_document(data)
    return totals


def _day_counters(store: DocumentStore, bot_id: str) -> dict[str, Counters]:
    """The last CHART_DAYS days' counters: their shards, and the day documents from before."""
    by_day: dict[str, Counters] = {}
    shards = store.query(
        f"bots/{bot_id}/{SHARDS}",
        {"scope": "day"},
        order_by="date",
        descending=True,
        limit=CHART_DAYS * COUNTER_SHARDS,
    )
    days = store.query(f"bots/{bot_id}/days", order_by="date", descending=True, limit=CHART_DAYS)
    for _, data in [*shards, *days]:
        day = data.get("date")
        by_day[day] = by_day.get(day, Counters()) + Counters.from_document(data)
    return by_day


def rating_change(previous: bool | None, liked: bool) -> dict[str, int]:
    """A visitor may change their mind: the old rating is taken back."""
    change = {"likes": 0, "dislikes": 0}
    if previous is liked:
        return change
    if previous is not None:
        change["likes" if previous else "dislikes"] -= 1
    change["likes" if liked else "dislikes"] += 1
    return change


def bot_stats(
    store: DocumentStore, user_id: str, bot_id: str, today: date | None = None
) -> BotStats:
    """The creator's numbers: per version, in total, and per day for the last 30 days."""
    bot_id = normalize_code(bot_id)
    bot = owned_bot(store, user_id, bot_id)
    sharded = version_counters(store, bot_id)
    records = {
        int(data.get("number") or version_id): data
        for version_id, data in store.query(f"bots/{bot_id}/versions", order_by="number")
    }
    versions = [
        VersionStats(
            number=number,
            created_date=records.get(number, {}).get("created_date"),
            note=records.get(number, {}).get("note", ""),
            counters=Counters.from_document(records.get(number)) + sharded.get(number, Counters()),
        )
        for number in sorted(set(records) | set(sharded))
    ]
    total = sum((v.counters for v in versions), Counters())
    by_day = _day_counters(store, bot_id)
    today = today or utc_now().date()
    days = [today - timedelta(days=back) for back in range(CHART_DAYS - 1, -1, -1)]
    return BotStats(
        total=total,
        versions=versions,
        days=[(day, by_day.get(day.isoformat(), Counters())) for day in days],
        leak_test=bot.get("leak_test") if isinstance(bot.get("leak_test"), dict) else None,
    )
