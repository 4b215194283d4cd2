"""Everything of one person, across domains: export all my data, and erase the account."""

from __future__ import annotations

from account.archive import export_everything
from account.erasure import delete_user, resume_erasures

__all__ = [
    "delete_user",
    "export_everything",
    "resume_erasures",
]
