"""A visitor's own monthly spend cap: a dollar amount and an off switch, stored with the user.

The cap lives in the user document (`users/{id}`: spend_cap_micros, spend_cap_on), so it holds
in every tab and on every server; the browser keeps nothing of it. Before anything is sent to
the model, `require_under_cap` reads the cap and, when it is on, this month's total (one point
read each, never cached): what another tab or server spent a moment ago counts. Reaching the
cap does not block: the page asks, and the visitor may send anyway. Tokens of models without a
price are not in the dollar total, so they cannot reach a cap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from api_util_firebase import DocumentStore, doc_path, utc_now
from api_util_openai import Spend
from i18n import format_money, tr
from users.accounts import User, UserError
from users.batches import commit_user_batch, user_batch
from users.spend import month_spend

CAP_FIELD = "spend_cap_micros"
CAP_ON_FIELD = "spend_cap_on"
MICROS_PER_USD = 1_000_000
MIN_CAP_USD = Decimal("0.01")
MAX_CAP_USD = Decimal("10000")
WARN_SHARE = 0.8  # the sidebar warns from 80% of the cap


class InvalidSpendCap(UserError):
    """A cap that is not a dollar amount within the limits."""


class SpendCapReached(UserError):
    """This month's total has reached the visitor's cap: ask before sending."""

    def __init__(self, cap_micros: int) -> None:
        self.cap_micros = cap_micros
        super().__init__(
            tr(
                "This month's chats have reached your {cap} cap. Send anyway?",
                cap=format_dollars(cap_micros),
            )
        )


@dataclass(frozen=True)
class SpendCap:
    """The cap as stored; `micros` is kept while the cap is off, for switching it back on."""

    micros: int = 0
    on: bool = False

    @property
    def dollars(self) -> float:
        return self.micros / MICROS_PER_USD

    @property
    def active(self) -> bool:
        return self.on and self.micros > 0


@dataclass(frozen=True)
class CapStatus:
    """A cap and this month's total, as the sidebar shows them."""

    cap: SpendCap
    spent: Spend

    @property
    def share(self) -> float:
        """How much of the cap is used (0 when no cap is on)."""
        return self.spent.cost_micros / self.cap.micros if self.cap.active else 0.0

    @property
    def near(self) -> bool:
        return self.share >= WARN_SHARE

    @property
    def reached(self) -> bool:
        return self.cap.active and self.spent.cost_micros >= self.cap.micros


def format_dollars(micros: int) -> str:
    """ "$5.00", "$12,000.50" ("5,00 US$" in Spanish): a cap in cents, in the visitor's format."""
    dollars = Decimal(micros) / MICROS_PER_USD
    return format_money(float(dollars.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)), 2)


def cap_micros(dollars: float | str | Decimal) -> int:
    """A typed amount in micro-dollars, or InvalidSpendCap saying what is allowed."""
    try:
        amount = Decimal(str(dollars).strip().lstrip("$").replace(",", ""))
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite() or not MIN_CAP_USD <= amount <= MAX_CAP_USD:
        raise InvalidSpendCap(
            tr(
                "Enter a monthly cap between {low} and {high}.",
                low=format_dollars(int(MIN_CAP_USD * MICROS_PER_USD)),
                high=format_dollars(int(MAX_CAP_USD * MICROS_PER_USD)),
            )
        )
    return int((amount * MICROS_PER_USD).to_integral_value(rounding=ROUND_HALF_UP))


def _cap_of(data: dict | None) -> SpendCap:
    data = data or {}
    micros = data.get(CAP_FIELD) or 0
    if not isinstance(micros, int | float) or not math.isfinite(micros) or micros < 0:
        micros = 0
    return SpendCap(int(micros), bool(data.get(CAP_ON_FIELD)))


def load_spend_cap(store: DocumentStore, user: User) -> SpendCap:
    """The stored cap (one point read of the user document)."""
    return _cap_of(store.get_or_none(doc_path("users", user.user_id)))


def save_spend_cap(
    store: DocumentStore, user: User, dollars: float | str | Decimal, on: bool
) -> SpendCap:
    """Store the cap with the user (one write, while the tab's key is the account's). Turning
    it off keeps the amount; an amount out of bounds is refused before the store."""
    cap = SpendCap(cap_micros(dollars), bool(on))
    batch = user_batch(store, user)
    batch.update(
        doc_path("users", user.user_id),
        {CAP_FIELD: cap.micros, CAP_ON_FIELD: cap.on, "last_modified_date": utc_now()},
    )
    commit_user_batch(batch)
    return cap


def cap_status(store: DocumentStore, user: User) -> CapStatus:
    """The cap and, only when it is on, this month's total (one or two point reads)."""
    cap = load_spend_cap(store, user)
    return CapStatus(cap, month_spend(store, user) if cap.active else Spend())


def require_under_cap(store: DocumentStore, user: User) -> CapStatus:
    """Before a model call: SpendCapReached once this month's total reaches an active cap."""
    status = cap_status(store, user)
    if status.reached:
        raise SpendCapReached(status.cap.micros)
    return status
