"""Erasing an account: nothing of it stays readable, and a deletion cut short is finished later.

The first batch removes what makes the data readable and the account findable (the key's
identity, the wrapped data key, the key generation) and leaves a small `erasures/{user}`
record. The rest (sessions and messages, the user's assistants with their prompt and config
versions, statistics and test chats, the markers its old keys left when they moved, what a
card import cut short stored, and any copies of
those prompts that older visitors' sessions hold) is deleted in batches; the record goes
last. `resume_erasures` finishes any erasure a crash interrupted: the app runs it at start-up,
operators with `python -m app.manage erasures`.
"""

from __future__ import annotations

import logging

from api_bots import (
    delete_bot_documents,
    delete_unused_texts,
    discard_import,
    unfinished_imports,
)
from api_sessions import SESSION_CHILDREN
from api_users import (
    UserNotFound,
    draft_path,
    find_account,
    forget_moved_keys,
    identity_hash,
    key_doc_path,
)
from api_util_firebase import DocumentStore, WriteBatch, doc_path, flush_if_full, utc_now
from i18n import tr

logger = logging.getLogger(__name__)

# The prompt fields visitors' sessions stored before they named versions copied from the
# assistant; they are blanked with it.
SESSION_PROMPT_COPIES = {"initial_prompt": "", "summary_prompt": "", "allowed_phrases": []}


def delete_user(api_key: str, store: DocumentStore, global_salt: str = "") -> None:
    """Erase the account this key opens, with everything it wrote and created."""
    found = find_account(store, api_key, global_salt)
    if not found:
        raise UserNotFound(tr("No account belongs to this key."))
    user_id, data = found
    generation = int(data.get("key_generation") or 0)
    batch = store.batch()
    batch.set(doc_path("erasures", user_id), {"created_date": utc_now()})
    batch.delete(doc_path("user_hash", identity_hash(api_key, global_salt)))
    batch.delete(doc_path("users", user_id))
    batch.delete(key_doc_path(user_id, generation))
    batch.commit()
    store.purge_deleted()  # the wrapped key must not linger in a local log
    erase_remains(store, user_id)


def erase_remains(store: DocumentStore, user_id: str) -> None:
    """Everything of an account but the key material (already gone); can run again safely."""
    batch = store.batch()
    for session_id, _ in store.query("sessions", {"user_id": user_id}):
        batch = _delete_with_children(store, batch, "sessions", session_id, SESSION_CHILDREN)
    batch.delete(draft_path(user_id))
    for link_id, _ in store.query("shared_chats", {"user_id": user_id}):
        batch.delete(doc_path("shared_chats", link_id))  # share links stop opening
        batch = flush_if_full(batch)
    delete_unused_texts(store, user_id)  # knowledge texts: no keep list, all of them
    forget_moved_keys(store, batch, user_id)
    for child in ("spend", "leak_memory", "folders"):
        for child_id, _ in store.query(f"users/{user_id}/{child}"):
            batch.delete(doc_path("users", user_id, child, child_id))
            batch = flush_if_full(batch)
    for bot_id, _ in store.query("bots", {"creator_user_id": user_id}):
        for session_id, session in store.query("sessions", {"bot_id": bot_id}):
            # Visitors' sessions stored before sessions named versions hold copies; the
            # creator's own are being deleted above.
            if "initial_prompt" in session and session.get("user_id") != user_id:
                batch.update(doc_path("sessions", session_id), SESSION_PROMPT_COPIES)
                batch = flush_if_full(batch)
        batch.commit()  # the copies go before the assistant: a rerun finds them by its code
        delete_bot_documents(store, bot_id)
    # A card import cut short stored prompts under a code no assistant has (yet): its record
    # names the owner.
    for code in unfinished_imports(store, user_id):
        discard_import(store, code)
    batch.delete(doc_path("erasures", user_id))
    batch.commit()
    store.purge_deleted()
    logger.info("Erased an account and everything it wrote")


def resume_erasures(store: DocumentStore) -> int:
    """Finish every erasure a crash interrupted; how many there were."""
    pending = store.query("erasures")
    for user_id, _ in pending:
        erase_remains(store, user_id)
    return len(pending)


def _delete_with_children(
    store: DocumentStore, batch: WriteBatch, collection: str, doc_id: str, children: tuple
) -> WriteBatch:
    for child in children:
        for child_id, _ in store.query(f"{collection}/{doc_id}/{child}"):
            batch.delete(doc_path(collection, doc_id, child, child_id))
            batch = flush_if_full(batch)
    batch.delete(doc_path(collection, doc_id))
    return flush_if_full(batch)
