"""Continue as my own chat: a signed-in reader of a share link gets a copy of the shared
conversation in their own account, on the same assistant, and goes on from there."""

from __future__ import annotations

from api_bots import BotError, count, get_bot_config
from api_users import User, commit_user_batch, user_batch
from api_util_firebase import DocumentStore, Increment, doc_path, new_id
from i18n import format_number, tr
from sessions.branches import settle_parents
from sessions.chat import new_session_document
from sessions.config import SessionConfig
from sessions.leak_memory import load_word_memory
from sessions.model import AssistantUnavailable, ChatMessage, ChatSession
from sessions.persist import message_document, revision_path
from sessions.share import SharedChat, ShareError

MAX_COPIED_MESSAGES = 450  # one batch: Firestore takes at most 500 writes


class SharedChatTooLong(ShareError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "This shared chat is too long to continue as one of yours (over {limit} "
                "messages). You can still read it here.",
                limit=format_number(MAX_COPIED_MESSAGES),
            )
        )


def _config_for(store: DocumentStore, user: User, shared: SharedChat) -> SessionConfig:
    """The assistant's active version, as the reader may use it (the shared chat's model if the
    reader's key has it, else the assistant's own)."""
    try:
        bot = get_bot_config(store, shared.bot_id, user.user_id) if shared.bot_id else None
    except BotError:
        bot = None
    if bot is None:
        raise AssistantUnavailable(
            tr(
                "{name} is no longer available, so this chat cannot be continued. You can "
                "still read it here.",
                name=shared.bot_name,
            )
            if shared.bot_name
            else tr(
                "This assistant is no longer available, so this chat cannot be continued. "
                "You can still read it here."
            )
        )
    model = shared.model if shared.model and shared.model in user.models else None
    return SessionConfig.from_bot(bot, model)


def continue_shared_chat(store: DocumentStore, user: User, shared: SharedChat) -> ChatSession:
    """A new chat of the reader's holding the shared messages, stored in one batch (encrypted
    with the reader's key); the next message goes on from them."""
    if len(shared.messages) > MAX_COPIED_MESSAGES:
        raise SharedChatTooLong()
    config = _config_for(store, user, shared)
    chat = ChatSession(
        session_id=new_id(),
        user_id=user.user_id,
        config=config,
        transcript=[
            ChatMessage(message.role, message.content, seq=seq, sources=message.sources)
            for seq, message in enumerate(shared.messages)
        ],
        revision=0,
        word_memory_stored=frozenset(load_word_memory(store, user.user_id, config)),
    )
    settle_parents(chat)  # one branch, each message following the one before
    session_path = doc_path("sessions", chat.session_id)
    document = {**new_session_document(user, chat), "leaf": chat.transcript[-1].node_id}
    if shared.title:
        document["title"] = document["first_title"] = user.cipher.encrypt(shared.title)
        chat.title = shared.title
    batch = user_batch(store, user)
    batch.create(session_path, document)
    batch.create(revision_path(chat.session_id, 0), {"created_date": chat.created_date})
    for message in chat.transcript:
        batch.create(f"{session_path}/messages/{message.node_id}", message_document(message, user))
    batch.update(doc_path("bots", config.bot_id), {"sessions_started": Increment(1)})
    batch.update(doc_path("users", user.user_id), {"sessions_started": Increment(1)})
    count(batch, config.bot_id, config.bot_version, sessions_started=1)
    commit_user_batch(batch)
    for message in chat.transcript:
        message.message_id = message.node_id
    return chat
