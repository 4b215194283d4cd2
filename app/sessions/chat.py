"""Chat sessions: start (with the greeting), conclude with a recap and rate.

A session's configuration and decrypted history live in the caller's memory
(`sessions.model.ChatSession`) between turns, so a turn reads only whether its assistant is
still in service and writes once (`sessions.persist`). The turn itself is in sessions.turn,
reading a chat back (resume, reload) in sessions.resume, listings and chat management in
sessions.listing, downloads in sessions.export.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict, replace
from typing import Any

from api_bots import (
    KnowledgeSource,
    count,
    get_bot_config,
    rating_change,
    retired_versions_if_available,
    validate_summary_prompt,
)
from api_users import User, add_month_spend, commit_user_batch, user_batch
from api_util_firebase import (
    DocumentNotFound,
    DocumentStore,
    Increment,
    WriteBatch,
    doc_path,
    new_id,
    utc_now,
)
from api_util_openai import LLMClient, ModelConfig, Usage
from i18n import tr
from leak_guard import DEFAULT_THRESHOLD, LEAK_REPLACEMENT, ConversationLeakGuard
from sessions.config import SessionConfig, active_config
from sessions.folders import ORGANISING_FIELDS
from sessions.leak_judge import judged_summary_leaks
from sessions.leak_memory import load_word_memory
from sessions.model import (
    SCHEMA_VERSION,
    STATUS_COMPLETED,
    STATUS_STARTED,
    AssistantUnavailable,
    ChatDeleted,
    ChatMessage,
    ChatSession,
    ModelNotAllowed,
    SessionError,
    new_leak_guard,
)
from sessions.persist import (
    commit_chat,
    memory_state,
    message_document,
    model_payload,
    persist_draft_spend,
    revision_path,
    stage_chat,
    system_messages,
)
from sessions.titles import title_from_recap

logger = logging.getLogger(__name__)


def _checked_reply(guard: ConversationLeakGuard, text: str) -> tuple[str, bool]:
    if guard.check(text):
        logger.warning("A reply leaked the hidden prompt and was withheld")
        return LEAK_REPLACEMENT, True
    return text, False


def _greet(llm: LLMClient, config: SessionConfig, threshold: float) -> tuple[ChatMessage, Usage]:
    """The greeting, and what it took."""
    text, usage = llm.complete(config.model_config, system_messages(config))
    content, withheld = _checked_reply(new_leak_guard(config, threshold), text)
    return ChatMessage("assistant", content, seq=0, withheld=withheld), usage


def new_session_document(user: User, chat: ChatSession) -> dict[str, Any]:
    """A new session's document, at revision 0, holding the chat's messages and spend so far."""
    return {
        "user_id": user.user_id,
        **chat.config.to_document(),
        "created_date": chat.created_date,
        "last_modified_date": chat.created_date,
        "session_schema_version": SCHEMA_VERSION,
        "status": STATUS_STARTED,
        "message_count": len(chat.transcript),
        "user_liked": None,
        "messages_str": user.cipher.encrypt(memory_state(chat)),
        "model": chat.config.model_config.model,
        "revision": 0,
        **ORGANISING_FIELDS,
        **asdict(chat.unsaved_spend),
    }


def create_session(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    bot_id: str,
    model: str | None = None,
    leak_threshold: float = DEFAULT_THRESHOLD,
    temporary: bool = False,
) -> ChatSession:
    """Start a stored session with an assistant; its greeting comes first. A `temporary` chat
    stores nothing of itself: only its cost and the counters a chat adds to are written."""
    bot = get_bot_config(store, bot_id, user.user_id)
    if model and user.models and model not in user.models:
        raise ModelNotAllowed(tr("Your API key cannot use {model}.", model=model))
    config = SessionConfig.from_bot(bot, model)
    greeting, usage = _greet(llm, config, leak_threshold)
    chat = ChatSession(
        session_id=None if temporary else new_id(),
        user_id=user.user_id,
        config=config,
        transcript=[greeting],
        revision=None if temporary else 0,
        temporary=temporary,
        word_memory_stored=frozenset(load_word_memory(store, user.user_id, config)),
    )
    chat.record_usage(config.model_config.model, usage)
    batch = user_batch(store, user)
    if not temporary:
        _stage_new_session(batch, user, chat, greeting)
    add_month_spend(batch, user.user_id, chat.unsaved_spend)
    batch.update(doc_path("bots", bot.profile.bot_id), {"sessions_started": Increment(1)})
    batch.update(doc_path("users", user.user_id), {"sessions_started": Increment(1)})
    count(
        batch,
        bot.profile.bot_id,
        config.bot_version,
        sessions_started=1,
        messages=1,
        leaks=int(greeting.withheld),
        tokens=usage.total_tokens,
    )
    commit_user_batch(batch)
    greeting.message_id = greeting.node_id
    chat.unsaved_spend.clear()
    return chat


def _stage_new_session(
    batch: WriteBatch, user: User, chat: ChatSession, greeting: ChatMessage
) -> None:
    """The session document, its first revision token and the greeting."""
    session_path = doc_path("sessions", chat.session_id)
    batch.create(session_path, new_session_document(user, chat))
    batch.create(revision_path(chat.session_id, 0), {"created_date": chat.created_date})
    batch.create(f"{session_path}/messages/{greeting.node_id}", message_document(greeting, user))


def create_draft_session(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    initial_prompt: str,
    model_config: ModelConfig,
    session_type: int,
    summary_prompt: str = "",
    allowed_phrases: Sequence[str] = (),
    bot_name: str = "Your AI",
    leak_threshold: float = DEFAULT_THRESHOLD,
    starters: Sequence[str] = (),
    sentence_classes: Sequence[tuple[str, str]] = (),
    spend_deferred: bool = False,
    knowledge: Sequence[KnowledgeSource] = (),
) -> ChatSession:
    """A Lab test drive: same pipeline, nothing stored as the user's session. What its calls
    cost goes to the month's total, the greeting's now, each turn's with the turn (unless
    `spend_deferred`: a Replay counts its test drives once)."""
    if user.models and model_config.model not in user.models:
        raise ModelNotAllowed(tr("Your API key cannot use {model}.", model=model_config.model))
    config = SessionConfig(
        bot_id=None,
        bot_name=bot_name,
        initial_prompt=initial_prompt,
        summary_prompt=summary_prompt,
        model_config=model_config,
        session_type=session_type,
        allowed_phrases=tuple(allowed_phrases),
        starters=tuple(starters),
        sentence_classes=tuple(sentence_classes),
        knowledge=tuple(knowledge),
        knowledge_owner=user.user_id,  # the draft's texts are the creator's own
    )
    chat = ChatSession(
        session_id=None, user_id=user.user_id, config=config, spend_deferred=spend_deferred
    )
    greeting, usage = _greet(llm, config, leak_threshold)
    chat.transcript.append(greeting)
    chat.record_usage(model_config.model, usage)
    persist_draft_spend(store, user, chat)
    return chat


def try_draft_recap(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    chat: ChatSession,
    summary_prompt: str,
    leak_threshold: float = DEFAULT_THRESHOLD,
) -> str:
    """A Lab test drive concluded with the draft's summary prompt as it is now (it is edited
    after the test drive started); nothing is stored but its cost, in the month's total. The
    test drive can go on afterwards.
    A summary prompt over the Lab's limit is refused (InvalidBot) before it is sent."""
    if not chat.is_draft:
        raise SessionError(tr("Only a Lab test drive tries a recap this way."))
    validate_summary_prompt(summary_prompt)
    if summary_prompt != chat.config.summary_prompt:
        chat.config = replace(chat.config, summary_prompt=summary_prompt)
        chat.guard = None  # the guard also keeps the summary prompt's words from replies
    chat.reopen()
    return end_session(store, user, llm, chat, leak_threshold)


def require_assistant(store: DocumentStore, chat: ChatSession) -> None:
    """Stored chats go on only while their assistant is in service (Lab drafts have none); a
    chat on a version its creator retired goes on with the active version. One read."""
    bot_id = chat.config.bot_id
    if not bot_id:
        return
    retired = retired_versions_if_available(store, bot_id, chat.user_id)
    if retired is None:
        chat.read_only = True
        raise AssistantUnavailable(
            tr(
                "{name} is no longer available, so this chat cannot go on. "
                "You can still read it and download it.",
                name=chat.config.bot_name,
            )
        )
    if chat.config.bot_version in retired:
        chat.config = active_config(store, bot_id, chat.user_id)
        chat.guard = None  # the guard holds the retired version's prompt
        chat.disclosed_stored = None  # positions in that prompt, not in this one


# ---------------------------------------------------------------- ending and rating


def end_session(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    chat: ChatSession,
    leak_threshold: float = DEFAULT_THRESHOLD,
    leak_judge: str = "auto",
) -> str:
    """Conclude: the recap is the model's answer to the creator's summary prompt.

    A second click while (or after) concluding returns the same recap: one model call, one
    count. A concluded session that was resumed and concluded again is not counted again.
    """
    with chat.conclude_lock:
        if chat.status == STATUS_COMPLETED and chat.recap:
            return chat.recap
        return _conclude(store, user, llm, chat, leak_threshold, leak_judge)


def _conclude(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    chat: ChatSession,
    leak_threshold: float,
    leak_judge: str = "auto",
) -> str:
    require_assistant(store, chat)
    request = [*model_payload(chat), {"role": "user", "content": chat.config.summary_prompt}]
    text, usage = llm.complete(chat.config.model_config, request)
    chat.record_usage(chat.config.model_config.model, usage)
    recap, withheld = _checked_reply(chat.leak_guard(leak_threshold), text)
    if not withheld and judged_summary_leaks(llm, chat, text, leak_judge):
        logger.warning("The leak judge withheld a recap")
        recap, withheld = LEAK_REPLACEMENT, True
    if chat.is_draft:
        chat.recap, chat.status = recap, STATUS_COMPLETED
        persist_draft_spend(store, user, chat)
        return recap
    first_time = not chat.concluded_before
    staged = stage_chat(
        store,
        user,
        chat,
        status=STATUS_COMPLETED,
        fields={"recap": user.cipher.encrypt(recap), "ended_date": utc_now()},
        # A withheld recap says nothing about the chat: the title stays.
        title=None if withheld else (title_from_recap(recap) or None),
        sessions_ended=int(first_time),
        leaks=int(withheld),
    )
    if first_time:
        if chat.config.bot_id:
            staged.batch.update(
                doc_path("bots", chat.config.bot_id), {"sessions_ended": Increment(1)}
            )
        staged.batch.update(doc_path("users", user.user_id), {"sessions_ended": Increment(1)})
    commit_chat(store, chat, staged.batch)
    staged.done(chat)
    chat.recap = recap
    chat.concluded_before = True
    return recap


def rate_session(store: DocumentStore, user: User, chat: ChatSession, liked: bool) -> None:
    """👍 or 👎 on the recap; changing one's mind moves the count, never adds a second."""
    if chat.is_draft or chat.user_liked is liked:
        chat.user_liked = liked
        return
    change = rating_change(chat.user_liked, liked)
    batch = user_batch(store, user)
    if chat.is_stored:  # a temporary chat's rating counts for the assistant, stored nowhere
        batch.update(
            doc_path("sessions", chat.session_id),
            {"user_liked": liked, "last_modified_date": utc_now()},
        )
    if chat.config.bot_id:
        batch.update(
            doc_path("bots", chat.config.bot_id),
            {name: Increment(amount) for name, amount in change.items() if amount},
        )
    count(batch, chat.config.bot_id, chat.config.bot_version, **change)
    try:
        commit_user_batch(batch)
    except DocumentNotFound:
        if not chat.is_stored:
            chat.user_liked = liked  # the assistant was deleted: nothing to count it on
            return
        if store.get_or_none(doc_path("sessions", chat.session_id)) is None:
            chat.deleted = True
            raise ChatDeleted() from None
        # The assistant was deleted: the rating is still the visitor's.
        commit_user_batch(
            user_batch(store, user).update(
                doc_path("sessions", chat.session_id),
                {"user_liked": liked, "last_modified_date": utc_now()},
            )
        )
    chat.user_liked = liked
