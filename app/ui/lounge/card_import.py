"""The Import dialog: a card file becomes a new assistant, or a list of what to fix."""

from __future__ import annotations

import streamlit as st

from api_bots import MAX_CARD_BYTES, CardError, import_card
from i18n import tr
from ui import state as ui_state
from ui.lounge.my_assistants import MESSAGE, close_if_done, handler_close_dialog, handler_dismiss

RESULT = "import_result"  # what to fix, shown in the dialog


def handler_import() -> None:
    upload = st.session_state.get("import_file")
    if upload is None:
        st.session_state[RESULT] = tr("Choose a card file first.")
        return
    user = ui_state.current_user()
    try:
        imported = import_card(
            ui_state.store(), user.user_id, upload.getvalue(), user.models or None
        )
    except CardError as error:
        st.session_state[RESULT] = "\n".join(error.problems)
        return
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[RESULT] = ui_state.error_message(error)
        return
    summary = [
        tr(
            "Imported as a new assistant, “{name}”, with the code {code}.",
            name=imported.name,
            code=imported.code,
        ),
        *imported.notes,
    ]
    # Done: the dialog closes (a second click would make another copy) and the page, with
    # the new assistant's card, says what was imported.
    st.session_state[MESSAGE] = (" ".join(summary), True)
    handler_close_dialog()


def show_import() -> None:
    @st.dialog(tr("Import an assistant"), on_dismiss=handler_dismiss)
    def dialog() -> None:
        close_if_done()
        st.write(
            tr(
                "Choose a card exported from GPT Lab. It becomes a new assistant of yours, "
                "Unlisted (or Private if it was), with its whole version history."
            )
        )
        st.file_uploader(
            tr("Assistant card (.json)"),
            type=["json"],
            key="import_file",
            max_upload_size=MAX_CARD_BYTES // (1024 * 1024),
        )
        st.button(tr("Import"), key="import_go", type="primary", on_click=handler_import)
        problems = st.session_state.pop(RESULT, None)
        if problems:
            st.error(tr("This card cannot be imported:"))
            st.code(problems, language=None, wrap_lines=True)

    dialog()
