"""The monthly spend cap in the sidebar, the question every model call asks once the month's
total has reached it ("Send anyway?"), and a long chat's cost per message beside the input.

A handler that is about to call the model calls `allows(...)` first: it reads the cap and the
month's total fresh (api_users.require_under_cap), and when the cap is reached it keeps what
to do on "Send anyway" and on "Cancel", and the dialog asks. Nothing is sent until then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from api_sessions import ChatSession, TurnEstimate, estimate_next_turn
from api_users import (
    WARN_SHARE,
    CapStatus,
    SpendCap,
    SpendCapReached,
    require_under_cap,
    save_spend_cap,
)
from i18n import format_number, format_percent, tr
from ui import state as ui_state
from ui.money import cap_text, cost_text

ASK = "spend_cap_ask"  # the action waiting for "Send anyway"
CONFIRMED = "spend_cap_confirmed"  # set while a confirmed action runs
CAP_ON_FIELD = "account_cap_on"
CAP_DOLLARS_FIELD = "account_cap_dollars"
CAP_ERROR = "account_cap_error"
DEFAULT_CAP_DOLLARS = 5.0


@dataclass(frozen=True)
class PendingAsk:
    message: str
    on_send: Callable[..., None]
    args: tuple = ()
    on_cancel: Callable[..., None] | None = None
    cancel_args: tuple = ()


def allows(
    on_send: Callable[..., None],
    args: tuple = (),
    on_cancel: Callable[..., None] | None = None,
    cancel_args: tuple = (),
) -> bool:
    """Whether the model may be called now. False when the cap is reached: the dialog asks,
    and "Send anyway" calls `on_send(*args)` (which then passes here). A cap that cannot be
    read does not stop anything: the action meets the same store and says what is wrong."""
    if st.session_state.get(CONFIRMED):
        return True
    try:
        require_under_cap(ui_state.store(), ui_state.current_user())
    except SpendCapReached as reached:
        st.session_state[ASK] = PendingAsk(str(reached), on_send, args, on_cancel, cancel_args)
        return False
    except ui_state.EXPECTED_ERRORS:
        return True
    return True


def handler_send_anyway() -> None:
    ask: PendingAsk | None = st.session_state.pop(ASK, None)
    if ask is None:  # a second click: the first one sent it
        return
    st.session_state[CONFIRMED] = True
    try:
        ask.on_send(*ask.args)
    finally:
        st.session_state.pop(CONFIRMED, None)


def handler_cancel() -> None:
    ask: PendingAsk | None = st.session_state.pop(ASK, None)
    if ask is not None and ask.on_cancel is not None:
        ask.on_cancel(*ask.cancel_args)


def ask_dialog() -> None:
    """Its title in the visitor's language (a decorator's title is fixed at import)."""
    st.dialog(tr("Monthly spend cap"), on_dismiss=handler_cancel)(_ask)()


def _ask() -> None:
    ask: PendingAsk | None = st.session_state.get(ASK)
    if ask is None:
        st.rerun()  # a dialog's button reruns only the dialog: redraw the page
    st.write(ask.message)
    st.caption(tr("You can raise the cap or turn it off in the sidebar, under Account."))
    left, right = st.columns(2)
    left.button(
        tr("Send anyway"), key="spend_cap_send", type="primary", on_click=handler_send_anyway
    )
    right.button(tr("Cancel"), key="spend_cap_cancel", on_click=handler_cancel)


def render_ask() -> None:
    """Opened outside the sidebar (a dialog started inside it does not survive its reruns)."""
    if st.session_state.get(ASK) is not None:
        ask_dialog()


# ---------------------------------------------------------------- the sidebar's cap


def handler_save_cap() -> None:
    st.session_state[CAP_ERROR] = None
    dollars = st.session_state.get(CAP_DOLLARS_FIELD) or 0
    on = bool(st.session_state.get(CAP_ON_FIELD))
    try:
        save_spend_cap(ui_state.store(), ui_state.current_user(), dollars, on)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[CAP_ERROR] = ui_state.error_message(error)
        return
    ui_state.forget_month_spend()  # the sidebar reads the cap again with the total
    st.session_state["account_message"] = (
        tr("Monthly cap set to {cap}.", cap=cap_text(round(dollars * 1_000_000)))
        if on
        else tr("Monthly cap turned off.")
    )


def _seed(cap: SpendCap) -> None:
    """The widgets start from the stored cap, once per sign-in."""
    if CAP_ON_FIELD not in st.session_state:
        st.session_state[CAP_ON_FIELD] = cap.on
    if CAP_DOLLARS_FIELD not in st.session_state:
        st.session_state[CAP_DOLLARS_FIELD] = cap.dollars if cap.micros else DEFAULT_CAP_DOLLARS


def render_cap_status(status: CapStatus) -> None:
    """The warning from 80%, and what happens at 100%."""
    if not status.cap.active:
        return
    cap = cap_text(status.cap.micros)
    used = format_percent(min(status.share, 9.99))
    st.progress(
        min(status.share, 1.0), text=tr("{used} of your {cap} monthly cap", used=used, cap=cap)
    )
    if status.reached:
        st.error(
            tr("This month's chats have reached your {cap} cap: each message asks first.", cap=cap)
        )
    elif status.share >= WARN_SHARE:
        st.warning(tr("This month's chats have used {used} of your {cap} cap.", used=used, cap=cap))


def render_cap(status: CapStatus | None) -> None:
    """The cap's controls; `status` from the sidebar's month-to-date (None: unreadable)."""
    cap = status.cap if status is not None else SpendCap()
    _seed(cap)
    if status is not None:
        render_cap_status(status)
    with st.expander(tr("Monthly spend cap"), expanded=bool(st.session_state.get(CAP_ERROR))):
        st.caption(
            tr(
                "When this month's chats and Lab calls reach the cap, every message asks before "
                "it is sent. Stored with your account: it holds in every tab and device."
            )
        )
        st.toggle(tr("Cap my monthly spend"), key=CAP_ON_FIELD)
        st.number_input(
            tr("Cap in US dollars per month"),
            min_value=0.01,
            max_value=10_000.0,
            step=1.0,
            format="%.2f",
            key=CAP_DOLLARS_FIELD,
        )
        st.button(tr("Save cap"), key="account_cap_save", on_click=handler_save_cap)
        error = st.session_state.get(CAP_ERROR)
        if error:
            st.error(error)


# ---------------------------------------------------------------- a long chat's next turn


def render_turn_estimate(chat: ChatSession, state_key: str) -> None:
    """Beside the input, once the context is long: what the next message will cost."""
    estimate = next_turn_estimate(chat, state_key)
    if estimate is not None:
        st.caption(
            tr(
                "Long chat: your next message sends about {tokens} tokens, about {cost} before "
                "the reply (estimated at list prices).",
                tokens=format_number(estimate.tokens),
                cost=cost_text(estimate.cost),
            )
        )


def next_turn_estimate(chat: ChatSession, state_key: str) -> TurnEstimate | None:
    """Counted once per state of the chat (after each turn), not on every rerun."""
    transcript = chat.transcript
    counted_for = (
        id(chat),
        chat.config.model_config.model,
        len(transcript),
        sum(len(m.content) for m in transcript),
        chat.summary_from,
    )
    cached = st.session_state.get(state_key)
    if cached is not None and cached[0] == counted_for:
        return cached[1]
    estimate = estimate_next_turn(chat)
    st.session_state[state_key] = (counted_for, estimate)
    return estimate
