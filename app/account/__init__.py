"""Everything of one person, across domains: export all my data, erase the account, and
move its history to another key."""

from __future__ import annotations

from account.archive import export_everything
from account.erasure import delete_user, resume_erasures
from account.key_move import move_to_key

__all__ = [
    "delete_user",
    "export_everything",
    "move_to_key",
    "resume_erasures",
]
