"""Edit and branch: a chat is a tree of messages, and the page shows one path through it.

Each stored message names the message it follows (`parent`); the session document names the
last message shown (`leaf`). Editing a sent message starts a sibling of it, so the old branch
stays; switching between the versions of a message shows another path. A message stored
before branches has no `parent`: it follows the message stored before it, so an old chat reads
as the one path it always was.

`ChatSession.transcript` is always the path shown (the model, the recap, titles and downloads
see that branch only); `ChatSession.off_branch` holds the other branches' messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from i18n import tr
from sessions.model import ChatMessage, ChatSession, SessionError
from sessions.titles import title_from_message


class NotEditable(SessionError):
    """Only the visitor's own sent messages can be edited or switched."""


@dataclass(frozen=True)
class Versions:
    """The versions of one message: which is shown ("2 of 3")."""

    position: int  # 1-based
    count: int


def arrange(messages: list[ChatMessage], leaf: str | None) -> tuple[list, list]:
    """Stored messages (in seq order) as (the path to `leaf`, every other message). A message
    without a parent follows the previous one without a parent (chats stored before branches);
    an unknown leaf shows the newest message's path."""
    previous_parentless: ChatMessage | None = None
    for message in messages:
        if message.parent_id is None:
            if previous_parentless is not None:
                message.parent_id = previous_parentless.node_id
            previous_parentless = message
    by_id = {message.node_id: message for message in messages}
    end = by_id.get(leaf or "") or (messages[-1] if messages else None)
    return _split(by_id, end)


def path_to(by_id: dict[str, ChatMessage], end: ChatMessage | None) -> list[ChatMessage]:
    """The messages from the first one to `end`, following parents."""
    path: list[ChatMessage] = []
    on_path: set[str] = set()
    while end is not None and end.node_id not in on_path:  # a cycle cannot loop forever
        path.append(end)
        on_path.add(end.node_id)
        end = by_id.get(end.parent_id or "")
    path.reverse()
    return path


def _split(by_id: dict[str, ChatMessage], end: ChatMessage | None) -> tuple[list, list]:
    path = path_to(by_id, end)
    on_path = {m.node_id for m in path}
    return path, [m for m in by_id.values() if m.node_id not in on_path]


def settle_parents(chat: ChatSession) -> None:
    """The shown path is its own parents: each message follows the one before it."""
    previous = None
    for message in chat.transcript:
        message.parent_id = previous
        previous = message.node_id


def _children(messages: Iterable[ChatMessage]) -> dict[str | None, list[ChatMessage]]:
    children: dict[str | None, list[ChatMessage]] = {}
    for message in messages:
        children.setdefault(message.parent_id, []).append(message)
    for siblings in children.values():
        siblings.sort(key=lambda m: m.seq)
    return children


def branch_points(chat: ChatSession) -> dict[int, Versions]:
    """Per shown message that has other versions, which of them it is (one pass, no store)."""
    if not chat.off_branch:
        return {}
    children = _children(chat.off_branch)
    points = {}
    for index, message in enumerate(chat.transcript):
        parent = chat.transcript[index - 1].node_id if index else None
        others = children.get(parent, [])
        if index and others:
            siblings = sorted([message, *others], key=lambda m: m.seq)
            points[index] = Versions(siblings.index(message) + 1, len(siblings))
    return points


def show_path_to(chat: ChatSession, leaf: str) -> None:
    """Show the path that ends at the message `leaf`."""
    settle_parents(chat)
    by_id = {m.node_id: m for m in [*chat.transcript, *chat.off_branch]}
    shown_before = chat.transcript
    chat.transcript, chat.off_branch = _split(by_id, by_id.get(leaf))
    _forget_what_no_longer_holds(chat, shown_before)


def _forget_what_no_longer_holds(chat: ChatSession, shown_before: list[ChatMessage]) -> None:
    """A coaching summary of messages no longer shown is dropped (the next turn sends the
    branch itself, and condenses again when the window fills); the automatic title follows a
    changed first message. What the leak guard learnt, and whether the visitor tried to get
    the instructions out, are kept: another branch does not undo what was said."""
    same = 0
    while (
        same < min(len(shown_before), len(chat.transcript))
        and shown_before[same] is chat.transcript[same]
    ):
        same += 1
    if chat.summary and same < chat.summary_from:
        chat.summary, chat.summary_from = None, 0
    old_first = next((m for m in shown_before if m.role == "user"), None)
    new_first = next((m for m in chat.transcript if m.role == "user"), None)
    if old_first is not new_first and old_first is not None:
        if chat.title == title_from_message(old_first.content):
            chat.title = ""  # made again from the new first message with the next write


def switch_version(chat: ChatSession, index: int, step: int) -> None:
    """Show the previous (-1) or next (+1) version of the message at `index`, continued as far
    as it went (its newest reply at each step)."""
    require_sent(chat, index)
    settle_parents(chat)
    parent = chat.transcript[index - 1].node_id
    children = _children([*chat.transcript, *chat.off_branch])
    siblings = children.get(parent, [])
    position = siblings.index(chat.transcript[index]) + step
    if not 0 <= position < len(siblings):
        return
    end = siblings[position]
    while children.get(end.node_id):
        end = children[end.node_id][-1]
    show_path_to(chat, end.node_id)


def branch_at(chat: ChatSession, index: int) -> None:
    """Before an edit of the message at `index`: it and what followed leave the shown path
    (kept as their branch); the edited message is added after this."""
    require_sent(chat, index)
    settle_parents(chat)
    shown_before = chat.transcript
    chat.off_branch = [*chat.off_branch, *shown_before[index:]]
    chat.transcript = shown_before[:index]
    _forget_what_no_longer_holds(chat, shown_before)


def require_sent(chat: ChatSession, index: int) -> None:
    """The message at `index` is one the visitor sent (the greeting is not)."""
    if not 0 < index < len(chat.transcript) or chat.transcript[index].role != "user":
        raise NotEditable(tr("Only your own sent messages can be edited."))


def graft_unsaved(fresh: ChatSession, stale: ChatSession) -> None:
    """After another tab wrote the chat: this tab's unsaved messages go into the chat as
    stored now. An edit stays a branch of the message it edited; other new messages go after
    the stored ones. Unsaved messages of branches no longer shown are kept too."""
    settle_parents(stale)
    unsaved = [m for m in stale.transcript if m.message_id is None]
    if unsaved and unsaved[0].branched and unsaved[0].parent_id:
        known = {m.node_id for m in [*fresh.transcript, *fresh.off_branch]}
        if unsaved[0].parent_id in known:
            show_path_to(fresh, unsaved[0].parent_id)
    for message in unsaved:
        message.seq = fresh.next_seq()
        fresh.transcript.append(message)
    for message in stale.off_branch:
        if message.message_id is None:
            message.seq = fresh.next_seq()
            fresh.off_branch.append(message)
