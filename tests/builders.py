"""Test data shared by the tests and the benchmarks."""

from __future__ import annotations

from dataclasses import replace

from api_bots import create_bot
from api_users import User, get_create_user
from api_util_firebase import DocumentStore, StoreUnavailable
from api_util_openai import LLMClient, ModelConfig
from bots.draft import SESSION_TYPE_COACHING, BotDraft

COACH_PROMPT = "You are Coach Maya. Ask one question at a time."


def user_of(store: DocumentStore, base_url: str, key: str = "sk-test-alice") -> User:
    """The account of this key on the local LLM server, created on first use."""
    return get_create_user(key, LLMClient(key, base_url=base_url), store)


def make_coach(store: DocumentStore, prompt: str, summary_prompt: str | None = None) -> str:
    """A coaching assistant "Maya" with this hidden prompt, made by a creator account; its code."""
    store.set("users/creator", {"bots_created": 0})
    draft = BotDraft(
        name="Maya",
        tag_line="Career Coach",
        description="Helps with careers.",
        initial_prompt=prompt,
        model_config=ModelConfig("gpt-4o-mini", 300),
        session_type=SESSION_TYPE_COACHING,
    )
    if summary_prompt is not None:
        draft = replace(draft, summary_prompt=summary_prompt)
    return create_bot(store, "creator", draft)


class CommitFaults:
    """The real store (either backend) with chosen batch commits failing as an outage does:
    the store's own StoreUnavailable, nothing of that batch written. The commits counted (from
    `arm`, the first is 1) are those writing an assistant's documents (`bots/...`); `created`
    lists every document that the commits which went through created."""

    def __init__(self, store: DocumentStore, monkeypatch) -> None:
        self._commit = store._commit
        self.failing: set[int] | range = set()
        self.count = 0
        self.created: list[str] = []
        monkeypatch.setattr(store, "_commit", self._faulty_commit)

    def arm(self, failing: set[int] | range) -> CommitFaults:
        self.failing, self.count, self.created = failing, 0, []
        return self

    def disarm(self) -> None:
        self.failing = set()

    def _faulty_commit(self, ops) -> None:
        if any(op.path.startswith("bots/") for op in ops):
            self.count += 1
            if self.count in self.failing:
                raise StoreUnavailable("The database is unavailable right now. Please try again.")
        self._commit(ops)
        self.created += [op.path for op in ops if op.kind == "create"]
