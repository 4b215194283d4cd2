"""Moving an account's history to another key: from the sidebar's "Use a new API key" (signed
in with the old key), "Bring my chats from an old key" (signed in with the new one) and the
sign-in form (the provider refused the old key).

The move itself is users.rotation's one atomic batch. When the new key already opened an
account that holds nothing (its owner signed in with it first), that account is replaced in
the same batch, which also leaves an `erasures/{id}` record; what the empty account may still
have (its month's spend, leak memory) is then erased like any account's remains, and a crash
in between is finished by `resume_erasures`. An account holding chats, assistants or a draft
is never replaced: the move is refused with what it holds (KeyHoldsData).
"""

from __future__ import annotations

from account.erasure import erase_remains
from api_users import Progress, User, rotate_key
from api_util_firebase import DocumentStore, WriteBatch, doc_path, utc_now
from api_util_openai import LLMClient


def move_to_key(
    old_key: str,
    new_key: str,
    new_llm: LLMClient,
    store: DocumentStore,
    global_salt: str = "",
    progress: Progress | None = None,
    allow_shared_keys: bool = False,
) -> User:
    """The old key's account, with its history, moved to the new key (validated with the
    provider; the old key only has to open the account)."""
    replaced: list[str] = []

    def mark_erased(batch: WriteBatch, user_id: str) -> None:
        batch.set(doc_path("erasures", user_id), {"created_date": utc_now()})
        replaced.append(user_id)

    user = rotate_key(
        old_key,
        new_key,
        new_llm,
        store,
        global_salt,
        progress=progress,
        allow_shared_keys=allow_shared_keys,
        take_over=mark_erased,
    )
    for user_id in replaced:
        erase_remains(store, user_id)
    return user
