"""Identity hashing and per-user encryption keys, all derived from the user's own API key.

The identity hash finds a user's record; a second derivation with another salt wraps a random
per-user data key. The database holds only the hash and the wrapped key, so a copy of it decrypts
nothing without the API key. Rotating keys moves the account to a new data key: the old one,
wrapped under the new API key, only opens what is not re-encrypted yet.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

PBKDF2_ITERATIONS = 210_000
_IDENTITY_CONTEXT = b"gptlab/identity/v1"
_WRAPPING_CONTEXT = b"gptlab/key-wrapping/v1"


class DecryptionFailed(Exception):
    """The ciphertext does not open with this key (wrong key, erased key or tampered data)."""


def _salt(context: bytes, global_salt: str) -> bytes:
    # Hashing the deployment salt makes any value (empty, long, unicode) a valid input.
    return context + b"\x00" + hashlib.sha256(global_salt.encode("utf-8")).digest()


def _derive(api_key: str, context: bytes, global_salt: str) -> bytes:
    return hashlib.pbkdf2_hmac(
        "sha256", api_key.encode("utf-8"), _salt(context, global_salt), PBKDF2_ITERATIONS
    )


def identity_hash(api_key: str, global_salt: str = "") -> str:
    """The stable, one-way id of an API key: deterministic per deployment so it can be looked up."""
    return _derive(api_key, _IDENTITY_CONTEXT, global_salt).hex()


def _wrapping_fernet(api_key: str, global_salt: str) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(_derive(api_key, _WRAPPING_CONTEXT, global_salt)))


def new_data_key() -> bytes:
    return Fernet.generate_key()


def wrap_data_key(data_key: bytes, api_key: str, global_salt: str = "") -> str:
    """The data key encrypted under a key only the API key can re-derive; safe to store."""
    return _wrapping_fernet(api_key, global_salt).encrypt(data_key).decode("ascii")


def unwrap_data_key(wrapped: str, api_key: str, global_salt: str = "") -> bytes:
    try:
        return _wrapping_fernet(api_key, global_salt).decrypt(wrapped.encode("ascii"))
    except (InvalidToken, ValueError, AttributeError):
        raise DecryptionFailed("This key cannot open the stored data key.") from None


@dataclass(frozen=True, repr=False)
class Cipher:
    """Encrypts a user's texts with their data key; lives only in the signed-in session.

    During a key rotation `previous` holds the data keys being retired: texts not yet
    re-encrypted still open, and `reencrypt` moves them to the current key.
    """

    data_key: bytes
    previous: tuple[bytes, ...] = ()

    def _fernet(self) -> MultiFernet:
        return MultiFernet([Fernet(key) for key in (self.data_key, *self.previous)])

    def encrypt(self, text: str) -> str:
        # surrogatepass: any Python text, even half an emoji, comes back exactly as it went in.
        return Fernet(self.data_key).encrypt(text.encode("utf-8", "surrogatepass")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet().decrypt(token.encode("ascii")).decode("utf-8", "surrogatepass")
        except (InvalidToken, ValueError, AttributeError):
            raise DecryptionFailed(
                "This text cannot be decrypted with the session's key."
            ) from None

    def is_current(self, token: str) -> bool:
        """Whether the token is already encrypted with the current data key."""
        try:
            Fernet(self.data_key).decrypt(token.encode("ascii"))
        except (InvalidToken, ValueError, AttributeError):
            return False
        return True

    def reencrypt(self, token: str) -> str:
        """The same text under the current data key (a fresh token)."""
        try:
            return self._fernet().rotate(token.encode("ascii")).decode("ascii")
        except (InvalidToken, ValueError, AttributeError):
            raise DecryptionFailed(
                "This text cannot be decrypted with the session's key."
            ) from None

    def __repr__(self) -> str:
        return "Cipher(<hidden>)"


def seal_with_new_key(text: str) -> tuple[str, str]:
    """`text` encrypted under a fresh random key: (key, token). The key is returned once and
    kept nowhere: it goes into a share link, so only the link opens the token."""
    key = Fernet.generate_key()
    token = Fernet(key).encrypt(text.encode("utf-8", "surrogatepass")).decode("ascii")
    return key.decode("ascii").rstrip("="), token


def open_sealed(token: str, key: str) -> str:
    """The text a link's key opens; DecryptionFailed for a wrong, cut or tampered key or token."""
    try:
        padded = key.strip() + "=" * (-len(key.strip()) % 4)
        fernet = Fernet(padded.encode("ascii"))
        return fernet.decrypt(token.encode("ascii")).decode("utf-8", "surrogatepass")
    except (InvalidToken, ValueError, AttributeError, TypeError, UnicodeError):
        raise DecryptionFailed("This link's key does not open the shared chat.") from None
