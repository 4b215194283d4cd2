"""Start over (or stop editing) in the Lab: asked first when there is something to lose, then
the draft goes from this tab and from the store."""

from __future__ import annotations

import streamlit as st

from i18n import tr
from ui.assistant.conversation import ChatPanel
from ui.components import confirm_buttons
from ui.lab import edit
from ui.lab.draft import discard, is_blank
from ui.lab.steps import STEP_KEY

CONFIRM = "lab_confirm_start_over"


def handler_ask(panel: ChatPanel) -> None:
    if is_blank():
        handler_start_over(panel)
    else:
        st.session_state[CONFIRM] = True


def handler_cancel() -> None:
    st.session_state[CONFIRM] = False


def handler_confirm(panel: ChatPanel) -> None:
    handler_start_over(panel)  # clears CONFIRM with the rest of the Lab's state


def confirm_dialog(panel: ChatPanel) -> None:
    """Asked before a draft or unsaved edits go."""
    if edit.editing():
        _confirm_stop_editing(panel)
    else:
        _confirm_clear_draft(panel)


def _confirm_clear_draft(panel: ChatPanel) -> None:
    st.dialog(tr("Start over?"), on_dismiss=handler_cancel)(_clear_draft_dialog)(panel)


def _clear_draft_dialog(panel: ChatPanel) -> None:
    if not st.session_state.get(CONFIRM):
        st.rerun()  # after a button's callback: close the dialog
    st.write(
        tr(
            "This clears your draft: the prompt, the model settings, the name, the description "
            "and the starters. It cannot be undone."
        )
    )
    confirm_buttons(
        tr("Clear my draft"),
        "lab_start_over_dialog",
        handler_confirm,
        (panel,),
        handler_cancel,
        True,
    )


def _confirm_stop_editing(panel: ChatPanel) -> None:
    st.dialog(tr("Stop editing?"), on_dismiss=handler_cancel)(_stop_editing_dialog)(panel)


def _stop_editing_dialog(panel: ChatPanel) -> None:
    if not st.session_state.get(CONFIRM):
        st.rerun()
    st.write(tr("Changes you have not saved are lost; the live version stays as it is."))
    confirm_buttons(
        tr("Stop editing"), "lab_stop_editing", handler_confirm, (panel,), handler_cancel
    )


def handler_start_over(panel: ChatPanel) -> None:
    """A blank draft; an assistant being edited stays as it is stored. A new assistant's kept
    draft goes too (editing never touched it: it comes back when editing stops)."""
    was_editing = edit.editing() is not None
    if not was_editing:
        discard()
    edit.stop_editing()
    edit.forget_lab(restored=not was_editing)  # a failed discard must not bring it back
    panel.reset()
    st.query_params.pop(STEP_KEY, None)
