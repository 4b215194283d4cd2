"""The Import dialog: a card file becomes a new assistant, or a list of what to fix."""

from __future__ import annotations

import streamlit as st

from api_bots import MAX_CARD_BYTES, CardError, import_card
from ui import state as ui_state
from ui.lounge.my_assistants import handler_dismiss

RESULT = "import_result"


def handler_import() -> None:
    upload = st.session_state.get("import_file")
    if upload is None:
        st.session_state[RESULT] = ("Choose a card file first.", False)
        return
    user = ui_state.current_user()
    try:
        imported = import_card(
            ui_state.store(), user.user_id, upload.getvalue(), user.models or None
        )
    except CardError as error:
        st.session_state[RESULT] = ("\n".join(error.problems), False)
        return
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[RESULT] = (ui_state.error_message(error), False)
        return
    summary = [f"Imported as a new assistant with the code {imported.code}.", *imported.notes]
    st.session_state[RESULT] = (" ".join(summary), True)


def show_import() -> None:
    @st.dialog("Import an assistant", on_dismiss=handler_dismiss)
    def dialog() -> None:
        st.write(
            "Choose a card exported from GPT Lab. It becomes a new assistant of yours, Unlisted "
            "(or Private if it was), with its whole version history."
        )
        st.file_uploader(
            "Assistant card (.json)",
            type=["json"],
            key="import_file",
            max_upload_size=MAX_CARD_BYTES // (1024 * 1024),
        )
        st.button("Import", key="import_go", type="primary", on_click=handler_import)
        result = st.session_state.pop(RESULT, None)
        if result:
            text, ok = result
            if ok:
                st.success(text)
            else:
                st.error("This card cannot be imported:")
                st.code(text, language=None, wrap_lines=True)

    dialog()
