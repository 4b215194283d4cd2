"""Under each message the visitor sent: Edit (the chat goes on from the edit as a new branch)
and, once a message has several versions, a switch between them ("2 of 3")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from api_sessions import ChatSession, branch_points, switch_branch
from i18n import tr, tr_noop
from ui import spend_cap
from ui import state as ui_state

EDIT_LABEL = tr_noop("Edit your message")


@dataclass(frozen=True)
class EditKeys:
    """The chat panel's session-state keys these controls read and set."""

    prefix: str  # of the widgets' keys
    editing: str  # the index of the sent message being edited
    text: str  # the edit box
    edit_at: str  # the index of the edit being answered
    pending: str
    error: str
    flagged: str


class BranchControls:
    """One rerun's Edit buttons and version switches; the branch points are worked out once
    per rerun, from memory."""

    def __init__(self, keys: EditKeys, chat: ChatSession) -> None:
        self._keys, self._chat = keys, chat
        self._points = branch_points(chat)
        self._key = keys.prefix

    def action_for(self, index: int) -> Callable[[], None] | None:
        """What is drawn inside the message at `index` (None for the assistant's messages)."""
        if index == 0 or self._chat.transcript[index].role != "user":
            return None
        if st.session_state.get(self._keys.editing) == index:
            return lambda: self._render_editor(index)
        return lambda: self._render_controls(index)

    # ---- handlers
    def handler_open(self, index: int) -> None:
        st.session_state[self._keys.editing] = index
        st.session_state[self._keys.text] = self._chat.transcript[index].content
        st.session_state[self._keys.error] = None

    def handler_cancel(self) -> None:
        st.session_state[self._keys.editing] = None

    def handler_send(self, index: int) -> None:
        text = st.session_state.get(self._keys.text) or ""
        if not text.strip():
            st.session_state[self._keys.error] = tr("Type a message first.")
            return
        if spend_cap.allows(self._send, (index, text), self._keep_editing, (index, text)):
            self._send(index, text)

    def _send(self, index: int, text: str) -> None:
        st.session_state[self._keys.editing] = None
        st.session_state[self._keys.edit_at] = index
        st.session_state[self._keys.pending] = ("edit", text)
        st.session_state[self._keys.error] = None
        st.session_state[self._keys.flagged] = None

    def _keep_editing(self, index: int, text: str) -> None:
        """Cancel at the spend cap's question: the edit stays open with what was typed."""
        st.session_state[self._keys.editing] = index
        st.session_state[self._keys.text] = text

    def handler_switch(self, index: int, step: int) -> None:
        try:
            switch_branch(ui_state.store(), ui_state.current_user(), self._chat, index, step)
        except ui_state.EXPECTED_ERRORS as error:
            if not self._chat.stale:  # a stale chat says so itself, with Reload
                st.session_state[self._keys.error] = ui_state.error_message(error)
        ui_state.forget_chat_caches()

    # ---- rendering
    def _render_controls(self, index: int) -> None:
        versions = self._points.get(index)
        with st.container(horizontal=True, vertical_alignment="center"):
            st.button(
                tr("Edit"),
                key=f"{self._key}_edit_{index}",
                on_click=self.handler_open,
                args=(index,),
                icon="✏️",
                type="tertiary",
                help=tr(
                    "Change this message: the chat goes on from it as a new branch, and "
                    "this version is kept."
                ),
            )
            if versions is None:
                return
            st.button(
                "◀",
                key=f"{self._key}_previous_{index}",
                on_click=self.handler_switch,
                args=(index, -1),
                disabled=versions.position == 1,
                help=tr("The previous version of this message"),
                type="tertiary",
            )
            st.caption(
                tr("{position} of {count}", position=versions.position, count=versions.count)
            )
            st.button(
                "▶",
                key=f"{self._key}_next_{index}",
                on_click=self.handler_switch,
                args=(index, 1),
                disabled=versions.position == versions.count,
                help=tr("The next version of this message"),
                type="tertiary",
            )

    def _render_editor(self, index: int) -> None:
        st.text_area(tr(EDIT_LABEL), key=self._keys.text, height=100)
        with st.container(horizontal=True):
            st.button(
                tr("Send edit"),
                key=f"{self._key}_send_edit_{index}",
                on_click=self.handler_send,
                args=(index,),
                type="primary",
            )
            st.button(tr("Cancel"), key=f"{self._key}_cancel_edit", on_click=self.handler_cancel)
