"""What a signed-in user chose for the app itself and keeps on every device: the language."""

from __future__ import annotations

from api_util_firebase import DocumentStore, doc_path, utc_now
from i18n import LANGUAGES
from users.accounts import User
from users.batches import commit_user_batch, user_batch

LANGUAGE_FIELD = "language"


class UnknownLanguage(ValueError):
    def __init__(self, language: str) -> None:
        super().__init__(f"GPT Lab does not speak {language!r}.")


def save_language(store: DocumentStore, user: User, language: str) -> None:
    """One write, with the tab's key still the account's (as every write of a user's)."""
    if language not in LANGUAGES:
        raise UnknownLanguage(language)
    batch = user_batch(store, user)
    batch.update(
        doc_path("users", user.user_id), {LANGUAGE_FIELD: language, "last_modified_date": utc_now()}
    )
    commit_user_batch(batch)


def saved_language(store: DocumentStore, user: User) -> str | None:
    """The language the user chose last, on any device (one point read), or None."""
    language = (store.get_or_none(doc_path("users", user.user_id)) or {}).get(LANGUAGE_FIELD)
    return language if language in LANGUAGES else None
