"""Reusable pieces: the assistant card and grid, and the page sidebar."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import streamlit as st

from api_bots import BotProfile
from api_users import Progress
from i18n import format_number, ntr, tr
from ui.avatars import avatar_alt, avatar_url
from ui.text import plain

# Streamlit has no destructive button type: a red one is drawn with the button's key class.
_DESTRUCTIVE_CSS = (
    "<style>.st-key-{key} button {{background-color: #c62828; border-color: #c62828; "
    "color: #fff;}} .st-key-{key} button:hover {{background-color: #a31f1f; "
    "border-color: #a31f1f; color: #fff;}}</style>"
)


def destructive_button(label: str, key: str, on_click: Callable[..., None], args: tuple = ()):
    """A button whose action cannot be undone, in red."""
    st.html(_DESTRUCTIVE_CSS.format(key=key))
    return st.button(label, key=key, on_click=on_click, args=args, icon="⚠️")


def confirm_buttons(
    label: str,
    key: str,
    on_confirm: Callable[..., None],
    args: tuple,
    on_cancel: Callable[[], None],
    destructive: bool = False,
) -> None:
    """A dialog's two buttons: the action (primary, or red when it cannot be undone) and
    Cancel, side by side."""
    left, right = st.columns(2)
    with left:
        if destructive:
            destructive_button(label, f"{key}_confirm", on_confirm, args)
        else:
            st.button(label, key=f"{key}_confirm", type="primary", on_click=on_confirm, args=args)
    right.button(tr("Cancel"), key=f"{key}_cancel", on_click=on_cancel)


def assistant_title(name: str, tag_line: str) -> str:
    """One title format everywhere an assistant is named with its tag line."""
    return f"{name} - {tag_line}"


def assistant_card(
    bot: BotProfile, on_chat: Callable[[BotProfile], None] | None, disabled: bool, key: str
) -> None:
    """Avatar, "name - tag line", description, session count and a chat button."""
    with st.container(border=True, key=f"card_{key}"):
        left, right = st.columns([1, 4], vertical_alignment="center")
        left.image(avatar_url(bot.name), width=56, alt=avatar_alt(bot.name))
        right.markdown(f"**{plain(assistant_title(bot.name, bot.tag_line))}**")
        st.markdown(plain(bot.description))
        st.caption(
            ntr(
                "{number} session",
                "{number} sessions",
                bot.sessions_started,
                number=format_number(bot.sessions_started),
            )
        )
        if on_chat is not None:
            st.button(
                tr("Chat with {name}", name=plain(bot.name)),
                key=f"chat_{key}",
                disabled=disabled,
                on_click=on_chat,
                args=(bot,),
                width="stretch",
            )


def assistant_grid(
    bots: Sequence[BotProfile], on_chat: Callable[[BotProfile], None], disabled: bool
) -> None:
    """Cards in two columns, filled row by row."""
    for row_start in range(0, len(bots), 2):
        columns = st.columns(2)
        for column, bot in zip(columns, bots[row_start : row_start + 2], strict=False):
            with column:
                assistant_card(bot, on_chat, disabled, key=bot.bot_id)


@contextmanager
def key_move_progress() -> Iterator[Progress]:
    """A progress bar for moving chats to another key, gone once the move ends, whether it
    worked or not (drawn by a callback, it would otherwise stay over the page's answer)."""
    bar = st.progress(0.0, text=tr("Moving your chats to the new key…"))
    try:
        yield lambda done, total: bar.progress(
            done / total,
            text=tr(
                "Re-encrypting your chats: {done} of {total}",
                done=format_number(done),
                total=format_number(total),
            ),
        )
    finally:
        bar.empty()
