"""The chat view: transcript, streamed replies, stop, retry and regenerate.

Used by the Assistant page and the Lab's test drive. The message being answered waits in
session state while its reply streams, so the input stays disabled (no double submit) and a
rerun caused by "Stop" ends the stream with what was shown kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import streamlit as st

from api_sessions import (
    AssistantUnavailable,
    ChatSession,
    MessageFlagged,
    Turn,
    edit_turn,
    retry_turn,
    start_turn,
)
from api_users import KeyRevoked
from api_util_firebase import StoreError
from api_util_openai import LLMError, format_cost
from i18n import format_number, ntr, tr
from ui import spend_cap
from ui import state as ui_state
from ui.assistant.branch_controls import BranchControls, EditKeys
from ui.assistant.transcript import (
    render_message,
    render_read_only,
    render_transcript,
    speaker,
)
from ui.avatars import avatar_url
from ui.live_region import live_region
from ui.text import plain, tame_stream

# Not provider errors, yet a second try of the same turn would meet them again.
RETRY_CANNOT_HELP = (KeyRevoked, AssistantUnavailable)


def retry_can_help(error: Exception) -> bool:
    """A provider error says itself whether it passes (LLMError.transient); anything else
    unexpected may pass too."""
    if isinstance(error, LLMError):
        return error.transient
    return not isinstance(error, RETRY_CANNOT_HELP)


@dataclass(frozen=True)
class ChatAction:
    """A button just above the chat input; `unavailable` says why it is disabled (None:
    enabled)."""

    label: str
    key: str
    on_click: Callable[[], None]
    help: str
    unavailable: str | None = None

    def show(self, busy: bool) -> None:
        st.button(
            self.label,
            key=self.key,
            on_click=self.on_click,
            disabled=busy or self.unavailable is not None,
            help=self.unavailable or self.help,
        )


class ChatPanel:
    """One chat on one page; `key` keeps its state apart from other panels."""

    def __init__(self, key: str) -> None:
        self._input = f"{key}_input"
        self._pending = f"{key}_pending"
        self._error = f"{key}_error"
        self._flagged = f"{key}_flagged_text"
        self._notice = f"{key}_notice"
        self._active = f"{key}_active_turn"
        self._retry_helps = f"{key}_retry_helps"  # False after an error that would come again
        self._estimate = f"{key}_estimate"  # (what it was counted for, TurnEstimate | None)
        self._announce = f"{key}_announce"  # (text, seq): the last reply, read out once
        self._editing = f"{key}_editing"  # the index of the sent message being edited
        self._edit_text = f"{key}_edit_text"
        self._edit_at = f"{key}_edit_at"  # the index of the edit being answered
        self._edit_keys = EditKeys(
            self._input,
            self._editing,
            self._edit_text,
            self._edit_at,
            self._pending,
            self._error,
            self._flagged,
        )

    # ---- handlers: each asks first once the month's spend cap is reached
    def handler_submit(self) -> None:
        text = st.session_state.get(self._input) or ""
        if text.strip() and spend_cap.allows(self._send, (text,), self._give_back, (text,)):
            self._send(text)

    def _send(self, text: str) -> None:
        st.session_state[self._pending] = ("send", text)
        st.session_state.pop(self._retry_helps, None)
        st.session_state[self._error] = None
        st.session_state[self._flagged] = None

    def _give_back(self, text: str) -> None:
        """Cancel at the cap's question: the message goes back into the input, unsent."""
        st.session_state[self._input] = text

    def handler_retry(self) -> None:
        if spend_cap.allows(self._retry):
            self._retry()

    def _retry(self) -> None:
        st.session_state[self._pending] = ("retry", None)
        st.session_state[self._error] = None

    def handler_stop(self) -> None:
        st.session_state[self._pending] = None
        self._stop_active_turn()

    def _stop_active_turn(self) -> None:
        """A rerun may start while the previous run's thread still waits on the provider:
        end that turn here, so this run already shows what was kept."""
        turn: Turn | None = st.session_state.pop(self._active, None)
        if turn is not None and not turn.closed:
            turn.stop()
            self._note_finished(turn)  # this run draws the page: the old one is gone

    def reset(self) -> None:
        self._stop_active_turn()
        for name in (
            self._pending,
            self._error,
            self._flagged,
            self._notice,
            self._retry_helps,
            self._estimate,
        ):
            st.session_state.pop(name, None)
        st.session_state.pop(self._editing, None)

    @property
    def busy(self) -> bool:
        return bool(st.session_state.get(self._pending))

    # ---- rendering
    def show(
        self,
        chat: ChatSession,
        on_reload: Callable[[], None] | None = None,
        action: ChatAction | None = None,
        on_allow_phrase: Callable[[str], None] | None = None,
        editable: bool = False,
    ) -> None:
        """The chat; `on_reload` is offered when another tab wrote the chat meanwhile, and
        `action` (Conclude) sits just above the input, where it never scrolls away. A test
        drive passes `on_allow_phrase` for its replaced replies; `editable` offers Edit on the
        visitor's sent messages and a switch between their versions. Call it from the page's
        body (not inside a container): see _render_input."""
        self._stop_active_turn()
        pending = st.session_state.get(self._pending)
        stopped = chat.read_only or chat.deleted or chat.stale
        can_regenerate = not pending and not stopped and chat.user_turns > 0
        edits = (
            BranchControls(self._edit_keys, chat)
            if editable and not pending and not stopped
            else None
        )
        render_transcript(
            chat,
            answering_last=bool(pending) and pending[0] == "retry",
            last_reply_action=self._render_regenerate if can_regenerate else None,
            on_allow_phrase=on_allow_phrase,
            cut_at=st.session_state.get(self._edit_at)
            if pending and pending[0] == "edit"
            else None,
            message_action=edits.action_for if edits is not None else None,
        )
        # The answer is written right under the transcript, in the place of the reply it
        # replaces (which takes its Regenerate button with it).
        answer_slot = st.empty() if pending else None
        self._render_notices(chat, pending)
        if not pending and not stopped:
            self._render_starters(chat)
        self._render_state(chat, on_reload)
        if chat.spend.recorded:
            st.caption(
                ntr(
                    "This chat so far: {tokens} token · cost {cost} (estimated at the "
                    "provider's list prices)",
                    "This chat so far: {tokens} tokens · cost {cost} (estimated at the "
                    "provider's list prices)",
                    chat.spend.tokens,
                    tokens=format_number(chat.spend.tokens),
                    cost=format_cost(chat.spend),
                )
            )
        with st.bottom:
            text, seq = st.session_state.get(self._announce) or ("", "")
            live_region(text, str(seq), key=f"{self._input}_live")
            if not stopped:
                spend_cap.render_turn_estimate(chat, self._estimate)
            if action is not None and action.unavailable and not stopped:
                st.caption(action.unavailable)
            if action is not None and not stopped:
                action.show(busy=bool(pending))
        self._render_input(chat, busy=bool(pending), stopped=stopped)
        if pending:
            self._answer(chat, *pending, slot=answer_slot)

    def _render_input(self, chat: ChatSession, busy: bool, stopped: bool) -> None:
        """Called from the page's body, never inside a container: Streamlit then places the
        input at the bottom itself and keeps the page scrolled to the newest message (on
        sending, while a reply streams, and when a resumed chat opens). An input placed in
        st.bottom or a container by hand loses that (the page stays where it was)."""
        # No max_chars: the browser would drop an over-long paste without a word. The turn
        # refuses it with the limit, and the text comes back to shorten (see _start).
        st.chat_input(
            tr("Message {name}", name=chat.config.bot_name),
            key=self._input,
            on_submit=self.handler_submit,
            disabled=busy or stopped,
        )

    def _render_state(self, chat: ChatSession, on_reload: Callable[[], None] | None) -> None:
        if chat.deleted:
            st.info(tr("This chat was deleted in another tab or window. It cannot go on here."))
        elif chat.stale:
            st.warning(
                tr(
                    "This chat was continued in another tab or window. Reload it to go on: your "
                    "unsaved messages are kept and added after the others."
                )
            )
            if on_reload is not None:
                st.button(
                    tr("Reload chat"), key=f"{self._input}_reload", on_click=on_reload, icon="🔃"
                )
        elif chat.read_only:
            render_read_only(chat)

    def handler_starter(self, text: str) -> None:
        if spend_cap.allows(self._send, (text,)):
            self._send(text)

    def _render_starters(self, chat: ChatSession) -> None:
        """The creator's conversation starters, under the greeting of a session not begun."""
        if chat.user_turns or not chat.config.starters:
            return
        with st.container(horizontal=True):
            for index, starter in enumerate(chat.config.starters):
                st.button(
                    plain(starter),
                    key=f"{self._input}_starter_{index}",
                    on_click=self.handler_starter,
                    args=(starter,),
                )

    def _render_notices(self, chat: ChatSession, pending) -> None:
        error = st.session_state.get(self._error)
        flagged = st.session_state.get(self._flagged)
        notice = st.session_state.get(self._notice)
        if error:
            st.error(error)
        if flagged:
            with st.expander(tr("Your message (not sent)"), expanded=True):
                st.code(flagged, language=None, wrap_lines=True)
        if notice:
            st.warning(notice)
        if pending or chat.read_only or chat.stale or chat.deleted:
            return
        if chat.awaiting_reply and st.session_state.get(self._retry_helps, True):
            st.button(
                tr("Retry"), key=f"{self._input}_retry", on_click=self.handler_retry, icon="🔁"
            )

    def _render_regenerate(self) -> None:
        st.button(
            tr("Regenerate"),
            key=f"{self._input}_regenerate",
            on_click=self.handler_retry,
            icon="🔄",
            type="tertiary",
        )

    def _start(self, chat: ChatSession, kind: str, text: str | None) -> Turn | None:
        services = (ui_state.store(), ui_state.current_user(), ui_state.llm(), chat)
        settings = ui_state.settings()
        options = {
            "leak_threshold": settings.leak_threshold,
            "leak_judge": settings.leak_judge,
            "judge_model": settings.leak_judge_model,
            "live_turn_limit": settings.max_live_turns,
        }
        try:
            if kind == "send":
                return start_turn(*services, text, moderation=settings.moderation, **options)
            if kind == "edit":
                index = st.session_state.get(self._edit_at)
                return edit_turn(*services, index, text, moderation=settings.moderation, **options)
            return retry_turn(*services, **options)
        except MessageFlagged as error:
            st.session_state[self._flagged] = text
            st.session_state[self._error] = str(error)
        except AssistantUnavailable:
            # The chat is read-only now and the page says why once; the message comes back.
            st.session_state[self._flagged] = text
        except Exception as error:  # noqa: BLE001 - expected or not, the message is given back
            st.session_state[self._error] = ui_state.error_message(error)
            if kind in ("send", "edit") and text:
                st.session_state[self._flagged] = text  # give the text back to copy
        return None

    def _answer(self, chat: ChatSession, kind: str, text: str | None, slot) -> None:
        # Cleared before anything can fail: a pending message is sent (and billed) once, never
        # again on the next rerun.
        st.session_state[self._pending] = None
        turn = self._start(chat, kind, text)
        if turn is None:
            st.rerun()
        st.session_state[self._active] = turn
        with slot.container():
            self._stream(chat, kind, text, turn)
        st.session_state.pop(self._active, None)
        ui_state.forget_chat_caches()
        if isinstance(turn.persist_error, KeyRevoked):
            st.session_state[self._error] = str(turn.persist_error)
        retried_later = isinstance(turn.persist_error, StoreError)
        st.session_state[self._notice] = (
            tr("Your last messages are not saved yet; they will be saved with the next one.")
            if retried_later
            else None
        )
        st.rerun()

    def _stream(self, chat: ChatSession, kind: str, text: str | None, turn: Turn) -> None:
        if kind in ("send", "edit"):
            render_message("user", text, chat.config.bot_name)
        with st.chat_message(
            speaker(chat.config.bot_name), avatar=avatar_url(chat.config.bot_name)
        ):
            st.button(tr("Stop"), key=f"{self._input}_stop", on_click=self.handler_stop, icon="⏹️")
            slot = st.empty()
            try:
                attempt = turn.attempts
                while True:  # a caught reply is replaced on screen by the one asked for again
                    with slot.container():
                        st.write_stream(tame_stream(_this_attempt(turn, attempt)))
                    if turn.attempts == attempt:
                        break
                    attempt = turn.attempts
            except Exception as error:  # noqa: BLE001 - provider errors and bugs alike end here
                st.session_state[self._error] = ui_state.error_message(error)
                st.session_state[self._retry_helps] = retry_can_help(error)
            finally:
                turn.close()  # stores the turn even when a rerun interrupts the stream
                self._note_finished(turn)

    def _note_finished(self, turn: Turn) -> None:
        """Have the finished (or stopped) reply read once by screen readers on the next run."""
        reply = turn.reply
        if reply is None:
            return
        name = turn.chat.config.bot_name
        said = (
            tr("{name} stopped: {text}", name=name, text=reply.content)
            if reply.partial
            else tr("{name} replied: {text}", name=name, text=reply.content)
        )
        st.session_state[self._announce] = (said, reply.seq)


def _this_attempt(turn: Turn, attempt: int) -> Iterator[str]:
    """The turn's text until it asks the model again (a caught reply is not shown further)."""
    for chunk in turn:
        if turn.attempts != attempt:
            return
        yield chunk
