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
from i18n import format_number, ntr, tr, tr_noop
from ui import state as ui_state
from ui.components import confirm_buttons
from ui.lab import edit as lab_edit
from ui.lounge.formats import when_text
from ui.lounge.my_assistants import handler_dismiss
from ui.text import plain

RESTORED = "versions_restored"
RETIRING = "versions_retiring"  # the version whose retirement waits for a confirmation
# bots.diff's field names (stored in each version's "changed"), as the visitor reads them.
FIELD_NAMES = {
    "prompt": tr_noop("prompt"),
    "allowed phrases": tr_noop("allowed phrases"),
    "sentence classes": tr_noop("sentence classes"),
    "model settings": tr_noop("model settings"),
    "name": tr_noop("name"),
    "tag line": tr_noop("tag line"),
    "description": tr_noop("description"),
    "summary prompt": tr_noop("summary prompt"),
    "session type": tr_noop("session type"),
    "conversation starters": tr_noop("conversation starters"),
    "knowledge": tr_noop("knowledge"),
}
SPACING_ONLY = " (only spaces or line breaks changed)"  # bots.diff marks a field so


def field_name(field: str) -> str:
    """A changed field's name in the visitor's language (one from a card stays as written)."""
    if field.endswith(SPACING_ONLY):
        name = field_name(field.removesuffix(SPACING_ONLY))
        return tr("{field} (only spaces or line breaks changed)", field=name)
    return tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field


def _when(version: Version) -> str:
    return when_text(version.created_date) if version.created_date else ""


def handler_restore(bot_id: str, number: int, active: int) -> None:
    user = ui_state.current_user()
    try:
        new_number = restore_version(ui_state.store(), user.user_id, bot_id, number, active)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[RESTORED] = (ui_state.error_message(error), False)
        return
    lab_edit.check_when_opened(bot_id)  # the Lab looks at the new active version
    st.session_state[RESTORED] = (
        tr(
            "Version {number} is active again, as version {new_number}.",
            number=number,
            new_number=new_number,
        ),
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
        tr(
            "Version {number} is retired: its texts are deleted, and its sessions go on with "
            "the active version.",
            number=number,
        ),
        True,
    )


def _summary(version: Version) -> str:
    counters = version.counters
    # A card can bring any text here: plain, so an image never loads nor a link is drawn.
    changed = (
        tr("changed: {fields}", fields=", ".join(plain(field_name(c)) for c in version.changed))
        if version.changed
        else tr("first version")
    )
    facts = [
        _when(version),
        changed,
        ntr("{count} session", "{count} sessions", counters.sessions_started),
    ]
    if version.open_sessions and not version.retired:
        facts.append(
            ntr(
                "{count} session not concluded",
                "{count} sessions not concluded",
                version.open_sessions,
            )
        )
    facts += [f"👍 {format_number(counters.likes)}", f"👎 {format_number(counters.dislikes)}"]
    return " · ".join(fact for fact in facts if fact)


def _render_retire(bot_id: str, version: Version) -> None:
    """Retire, behind a confirmation: the texts cannot come back."""
    if st.session_state.get(RETIRING) != version.number:
        st.button(
            tr("Retire version {number}", number=version.number),
            key="versions_retire",
            on_click=handler_ask_retire,
            args=(version.number,),
            help=tr(
                "For a version that gave a secret away: its prompt and settings are deleted "
                "and its open sessions go on with the active version."
            ),
        )
        return
    st.warning(
        ntr(
            "Retire version {number}? Its prompt, summary prompt and settings are deleted "
            "(unless another version uses the same text) and its {count} open session goes "
            "on with the active version. This cannot be undone.",
            "Retire version {number}? Its prompt, summary prompt and settings are deleted "
            "(unless another version uses the same text) and its {count} open sessions go "
            "on with the active version. This cannot be undone.",
            version.open_sessions,
            number=version.number,
        )
    )
    confirm_buttons(
        tr("Retire version {number}", number=version.number),
        "versions_retire",
        handler_retire,
        (bot_id, version.number),
        handler_cancel_retire,
        destructive=True,
    )


def _label(version: Version, active: int) -> str:
    if version.retired:
        return tr("Version {number} (retired)", number=version.number)
    if version.number == active:
        return tr("Version {number} (active)", number=version.number)
    return tr("Version {number}", number=version.number)


def show_versions(bot_id: str, name: str) -> None:
    @st.dialog(tr("Versions of {name}", name=name), width="large", on_dismiss=handler_dismiss)
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
        labels = {_label(v, active): v for v in versions}
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
                tr("There is only one version so far: nothing to compare yet.")
                if len(versions) == 1
                else tr(
                    "The other versions are retired: their texts are deleted, nothing to compare."
                )
            )
            return
        # Newest first: the dialog opens on the last change, the version before the active one.
        chosen = labels[
            st.selectbox(tr("Compare with the active version"), others, key="versions_pick")
        ]
        try:
            differences = compare(
                version_draft(store, user.user_id, bot_id, chosen.number), draft_of(active_config)
            )
        except ui_state.EXPECTED_ERRORS as error:
            st.error(ui_state.error_message(error))
            return
        st.caption(
            tr(
                "From version {number} to the active version {active}: [-removed-] {{+added+}}",
                number=chosen.number,
                active=active,
            )
        )
        if not differences:
            st.write(tr("Same texts and settings as the active version."))
        for label, diff in differences:
            name = field_name(label)
            st.text(name[:1].upper() + name[1:])
            st.code(diff, language=None, wrap_lines=True)
        st.button(
            tr("Restore this version"),
            key="versions_restore",
            type="primary",
            on_click=handler_restore,
            args=(bot_id, chosen.number, active),
        )
        _render_retire(bot_id, chosen)

    dialog()
