"""The users' face: accounts found or created from an API key's one-way hash, their keys and data
keys, key rotation, Lab drafts, the month's spend and the visitor's spend cap.

Pages, the UI and the other domains import it from here; the code is in app/users/.
"""

from __future__ import annotations

from users.accounts import (
    SHARED_KEY_MESSAGE,
    USER_HASH_TYPE,
    AccountUnreadable,
    BadKeyFormat,
    KeyAlreadyInUse,
    KeyMoved,
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
from users.moved_keys import forget_moved_keys
from users.preferences import UnknownLanguage, save_language, saved_language
from users.rotation import Progress, finish_rotation, rotate_key
from users.spend import add_lab_spend, add_month_spend, month_id, month_spend
from users.spend_cap import (
    WARN_SHARE,
    CapStatus,
    InvalidSpendCap,
    SpendCap,
    SpendCapReached,
    cap_status,
    format_dollars,
    load_spend_cap,
    require_under_cap,
    save_spend_cap,
)

__all__ = [
    "UnknownLanguage",
    "AccountUnreadable",
    "BadKeyFormat",
    "CapStatus",
    "DecryptionFailed",
    "InvalidSpendCap",
    "KeyAlreadyInUse",
    "KeyBoundStore",
    "KeyHoldsData",
    "KeyMoved",
    "KeyRevoked",
    "Progress",
    "RefusedKeyOpensAccount",
    "SHARED_KEY_MESSAGE",
    "SharedKeyProvider",
    "SpendCap",
    "SpendCapReached",
    "USER_HASH_TYPE",
    "WARN_SHARE",
    "User",
    "UserError",
    "UserNotFound",
    "add_lab_spend",
    "add_month_spend",
    "bound_store",
    "cap_status",
    "clean_api_key",
    "commit_user_batch",
    "discard_draft",
    "draft_path",
    "find_account",
    "finish_rotation",
    "format_dollars",
    "forget_moved_keys",
    "get_create_user",
    "identity_hash",
    "key_doc_path",
    "key_has_account",
    "key_identifies",
    "load_draft",
    "load_spend_cap",
    "month_id",
    "month_spend",
    "open_sealed",
    "open_account",
    "require_current_key",
    "require_under_cap",
    "rotate_key",
    "save_draft",
    "save_language",
    "save_spend_cap",
    "saved_language",
    "seal_with_new_key",
    "user_batch",
]
