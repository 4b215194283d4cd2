"""Editing a sent message: the chat goes on from it as a new branch (sessions.branches)."""

from __future__ import annotations

from api_users import User
from api_util_firebase import DocumentStore
from api_util_openai import LLMClient
from leak_guard import DEFAULT_THRESHOLD
from sessions.branches import branch_at, require_sent, switch_version
from sessions.message_checks import checked_message
from sessions.model import ChatMessage, ChatSession
from sessions.persist import persist
from sessions.turn import Turn
from settings import DEFAULT_MAX_LIVE_TURNS


def edit_turn(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    chat: ChatSession,
    index: int,
    text: str,
    moderation: str = "auto",
    leak_threshold: float = DEFAULT_THRESHOLD,
    leak_judge: str = "auto",
    judge_model: str | None = None,
    live_turn_limit: int = DEFAULT_MAX_LIVE_TURNS,
) -> Turn:
    """The sent message at `index` edited: the chat goes on from there as a new branch, and
    the old branch is kept (sessions.branches). The same checks as a new message, first."""
    require_sent(chat, index)
    text = checked_message(store, user, llm, chat, text, moderation, live_turn_limit)
    branch_at(chat, index)
    chat.transcript.append(ChatMessage("user", text, seq=chat.next_seq(), branched=True))
    chat.reopen()
    return Turn(store, user, llm, chat, leak_threshold, leak_judge, judge_model)


def switch_branch(
    store: DocumentStore, user: User, chat: ChatSession, index: int, step: int
) -> None:
    """Show another version of the sent message at `index` (-1 the one before, +1 the one
    after), and store which branch is shown so a resume shows it again: one write with the
    revision token, like a turn (a second tab is told to reload)."""
    shown_before = chat.transcript[-1].node_id
    switch_version(chat, index, step)
    if chat.is_stored and chat.transcript[-1].node_id != shown_before:
        persist(store, user, chat, status=chat.status)
