"""The Versions dialog: the history of an assistant, a word diff against the active version,
Restore, and Retire (a version that gave a secret away: its texts go, its sessions move on).
It opens on the last change (the active version against the one before), and a pair's diff is
computed once however often the dialog reruns (bots.diff). Diffs are plain text (never
markdown): a prompt is shown as written."""

from __future__ import annotations

import streamlit as st

from api_bots import (
    Version,
    compare,
    draft_of,
    get_bot_for_creator,
    list_versions,
    restore_version,
    retire_version,
    version_draft,
)
from ui import state as ui_state
from ui.components import confirm_buttons
from ui.lab import edit as lab_edit
from ui.lounge.my_assistants import handler_dismiss
from ui.text import counted, plain

RESTORED = "versions_restored"
RETIRING = "versions_retiring"  # the version whose retirement waits for a confirmation


def _when(version: Version) -> str:
    return version.created_date.strftime("%Y-%m-%d %H:%M UTC") if version.created_date else ""


def handler_restore(bot_id: str, number: int, active: int) -> None:
    user = ui_state.current_user()
    try:
        new_number = restore_version(ui_state.store(), user.user_id, bot_id, number, active)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[RESTORED] = (ui_state.error_message(error), False)
        return
    lab_edit.check_when_opened(bot_id)  # the Lab looks at the new active version
    st.session_state[RESTORED] = (
        f"Version {number} is active again, as version {new_number}.",
        True,
    )


def handler_ask_retire(number: int) -> None:
    st.session_state[RETIRING] = number


def handler_cancel_retire() -> None:
    st.session_state.pop(RETIRING, None)


def handler_retire(bot_id: str, number: int) -> None:
    st.session_state.pop(RETIRING, None)
    user = ui_state.current_user()
    try:
        retire_version(ui_state.store(), user.user_id, bot_id, number)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[RESTORED] = (ui_state.error_message(error), False)
        return
    st.session_state[RESTORED] = (
        f"Version {number} is retired: its texts are deleted, and its sessions go on with the "
        "active version.",
        True,
    )


def _summary(version: Version) -> str:
    counters = version.counters
    # A card can bring any text here: plain, so an image never loads nor a link is drawn.
    changed = ", ".join(plain(c) for c in version.changed) if version.changed else "first version"
    still_open = (
        f" · {counted(version.open_sessions, 'session')} not concluded"
        if version.open_sessions and not version.retired
        else ""
    )
    return (
        f"{_when(version)} · changed: {changed} · "
        f"{counted(counters.sessions_started, 'session')}{still_open} · "
        f"👍 {counters.likes:,} · 👎 {counters.dislikes:,}"
    )


def _render_retire(bot_id: str, version: Version) -> None:
    """Retire, behind a confirmation: the texts cannot come back."""
    if st.session_state.get(RETIRING) != version.number:
        st.button(
            f"Retire version {version.number}",
            key="versions_retire",
            on_click=handler_ask_retire,
            args=(version.number,),
            help="For a version that gave a secret away: its prompt and settings are deleted "
            "and its open sessions go on with the active version.",
        )
        return
    st.warning(
        f"Retire version {version.number}? Its prompt, summary prompt and settings are deleted "
        "(unless another version uses the same text) and its "
        f"{counted(version.open_sessions, 'open session')} go on with the active version. "
        "This cannot be undone."
    )
    confirm_buttons(
        f"Retire version {version.number}",
        "versions_retire",
        handler_retire,
        (bot_id, version.number),
        handler_cancel_retire,
        destructive=True,
    )


def show_versions(bot_id: str, name: str) -> None:
    @st.dialog(f"Versions of {name}", width="large", on_dismiss=handler_dismiss)
    def dialog() -> None:
        user, store = ui_state.current_user(), ui_state.store()
        restored = st.session_state.pop(RESTORED, None)
        if restored:
            (st.success if restored[1] else st.error)(restored[0])
        try:
            active_config = get_bot_for_creator(store, bot_id, user.user_id)
            versions = list_versions(store, user.user_id, bot_id)
        except ui_state.EXPECTED_ERRORS as error:
            st.error(ui_state.error_message(error))
            return
        active = active_config.version
        labels = {
            f"Version {v.number}"
            + (" (active)" if v.number == active else "")
            + (" (retired)" if v.retired else ""): v
            for v in versions
        }
        for label, version in labels.items():
            st.markdown(
                f"**{plain(label)}**" + (f" — {plain(version.note)}" if version.note else "")
            )
            st.caption(_summary(version))
        others = [
            label
            for label, version in labels.items()
            if version.number != active and not version.retired  # a retired one has no texts
        ]
        if not others:
            st.caption(
                "There is only one version so far: nothing to compare yet."
                if len(versions) == 1
                else "The other versions are retired: their texts are deleted, nothing to compare."
            )
            return
        # Newest first: the dialog opens on the last change, the version before the active one.
        chosen = labels[
            st.selectbox("Compare with the active version", others, key="versions_pick")
        ]
        try:
            differences = compare(
                version_draft(store, user.user_id, bot_id, chosen.number), draft_of(active_config)
            )
        except ui_state.EXPECTED_ERRORS as error:
            st.error(ui_state.error_message(error))
            return
        st.caption(
            f"From version {chosen.number} to the active version {active}: [-removed-] {{+added+}}"
        )
        if not differences:
            st.write("Same texts and settings as the active version.")
        for label, diff in differences:
            st.text(label.capitalize())
            st.code(diff, language=None, wrap_lines=True)
        st.button(
            "Restore this version",
            key="versions_restore",
            type="primary",
            on_click=handler_restore,
            args=(bot_id, chosen.number, active),
        )
        _render_retire(bot_id, chosen)

    dialog()
