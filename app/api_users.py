"""The users' face: accounts found or created from an API key's one-way hash, their keys and data
keys, key rotation, Lab drafts and the month's spend.

Pages, the UI and the other domains import it from here; the code is in app/users/.
"""

from __future__ import annotations

from users.accounts import (
    SHARED_KEY_MESSAGE,
    USER_HASH_TYPE,
    AccountUnreadable,
    BadKeyFormat,
    KeyAlreadyInUse,
    KeyRevoked,
    RefusedKeyOpensAccount,
    SharedKeyProvider,
    User,
    UserError,
    UserNotFound,
    clean_api_key,
    find_account,
    get_create_user,
    key_doc_path,
    key_has_account,
    key_identifies,
    open_account,
    require_current_key,
)
from users.batches import commit_user_batch, user_batch
from users.crypto import DecryptionFailed, identity_hash, open_sealed, seal_with_new_key
from users.drafts import discard_draft, draft_path, load_draft, save_draft
from users.holders import KeyHoldsData
from users.key_bound import KeyBoundStore, bound_store
from users.rotation import Progress, finish_rotation, rotate_key
from users.spend import add_lab_spend, add_month_spend, month_id, month_spend

__all__ = [
    "AccountUnreadable",
    "BadKeyFormat",
    "DecryptionFailed",
    "KeyAlreadyInUse",
    "KeyBoundStore",
    "KeyHoldsData",
    "KeyRevoked",
    "Progress",
    "RefusedKeyOpensAccount",
    "SHARED_KEY_MESSAGE",
    "SharedKeyProvider",
    "USER_HASH_TYPE",
    "User",
    "UserError",
    "UserNotFound",
    "add_lab_spend",
    "add_month_spend",
    "bound_store",
    "clean_api_key",
    "commit_user_batch",
    "discard_draft",
    "draft_path",
    "find_account",
    "finish_rotation",
    "get_create_user",
    "identity_hash",
    "key_doc_path",
    "key_has_account",
    "key_identifies",
    "load_draft",
    "month_id",
    "month_spend",
    "open_sealed",
    "open_account",
    "require_current_key",
    "rotate_key",
    "save_draft",
    "seal_with_new_key",
    "user_batch",
]
