"""Test data shared by the tests and the benchmarks."""

from __future__ import annotations

from dataclasses import replace

from api_bots import create_bot
from api_users import User, get_create_user
from api_util_firebase import DocumentStore
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
