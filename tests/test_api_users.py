"""Sign-in, one account per key, key rotation, deletion and what a database copy reveals."""

from __future__ import annotations

import threading

import pytest
from cryptography.fernet import Fernet, InvalidToken

from account.erasure import delete_user
from api_users import (
    AccountUnreadable,
    KeyAlreadyInUse,
    SharedKeyProvider,
    UserNotFound,
    get_create_user,
)
from api_util_openai import InvalidApiKey, LLMClient, NoUsableModels, QuotaExceeded
from users.crypto import identity_hash
from users.rotation import rotate_key

KEY = "sk-test-alice-0123456789"
NEW_KEY = "sk-test-alice-rotated-987"


def client(server, key):
    return LLMClient(key, base_url=server.base_url, retry_delay=0.01)


def test_first_sign_in_creates_a_user_and_the_second_finds_it(store, llm_server):
    first = get_create_user(KEY, client(llm_server, KEY), store)
    again = get_create_user(KEY, client(llm_server, KEY), store)
    assert first.user_id == again.user_id
    assert "gpt-4o-mini" in first.models
    assert again.cipher.decrypt(first.cipher.encrypt("hello")) == "hello"


def test_different_keys_are_different_users(store, llm_server):
    alice = get_create_user(KEY, client(llm_server, KEY), store)
    bob = get_create_user("sk-test-bob", client(llm_server, "sk-test-bob"), store)
    assert alice.user_id != bob.user_id


def test_racing_first_sign_ins_create_exactly_one_user(store, llm_server):
    results, errors = [], []

    def sign_in():
        try:
            results.append(get_create_user(KEY, client(llm_server, KEY), store).user_id)
        except Exception as exc:  # noqa: BLE001 - the test reports any failure
            errors.append(exc)

    threads = [threading.Thread(target=sign_in) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and len(set(results)) == 1
    assert len(store.query("users", {"user_hash": identity_hash(KEY)})) == 1


@pytest.mark.parametrize(
    "key,error",
    [
        ("sk-invalid-1", InvalidApiKey),
        ("sk-quota-1", QuotaExceeded),
        ("sk-nomodels-1", NoUsableModels),
    ],
)
def test_bad_keys_create_nothing(store, llm_server, key, error):
    with pytest.raises(error):
        get_create_user(key, client(llm_server, key), store)
    assert store.query("users") == []


@pytest.mark.parametrize("salt", ["", "pepper", "ünïcødé salt with spaces", "x" * 500])
def test_any_global_salt_works(store, llm_server, salt):
    user = get_create_user(KEY, client(llm_server, KEY), store, global_salt=salt)
    again = get_create_user(KEY, client(llm_server, KEY), store, global_salt=salt)
    assert again.user_id == user.user_id
    assert again.cipher.decrypt(user.cipher.encrypt("round trip")) == "round trip"


def test_database_never_holds_the_key_or_anything_that_decrypts(store, llm_server):
    user = get_create_user(KEY, client(llm_server, KEY), store)
    token = user.cipher.encrypt("my secret plans")
    store.set("sessions/s1", {"user_id": user.user_id, "messages_str": token})
    stored = _every_string(store)
    assert not any(KEY in value or "my secret plans" in value for value in stored)
    for candidate in stored:  # an attacker tries every stored value as the Fernet key
        try:
            Fernet(candidate.encode()).decrypt(token.encode())
        except (ValueError, InvalidToken, TypeError):
            continue
        pytest.fail("a stored field decrypted a message")


def _every_string(store):
    strings = []

    def walk(value):
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for collection in ("users", "user_hash", "sessions"):
        for _, data in store.query(collection):
            walk(data)
    return strings


def test_rotation_to_a_key_already_in_use_is_refused(store, llm_server):
    get_create_user(KEY, client(llm_server, KEY), store)
    get_create_user(NEW_KEY, client(llm_server, NEW_KEY), store)
    with pytest.raises(KeyAlreadyInUse):
        rotate_key(KEY, NEW_KEY, client(llm_server, NEW_KEY), store)
    assert get_create_user(KEY, client(llm_server, KEY), store)


def test_rotation_without_an_account_is_refused(store, llm_server):
    with pytest.raises(UserNotFound):
        rotate_key(KEY, NEW_KEY, client(llm_server, NEW_KEY), store)


def test_deleting_an_unknown_user_says_so(store):
    with pytest.raises(UserNotFound):
        delete_user(KEY, store)


def test_damaged_account_is_reported_not_crashed(store, llm_server):
    user = get_create_user(KEY, client(llm_server, KEY), store)
    store.update(f"users/{user.user_id}", {"wrapped_data_key": "garbage"})
    with pytest.raises(AccountUnreadable):
        get_create_user(KEY, client(llm_server, KEY), store)


def test_a_provider_that_accepts_any_key_gets_no_identity_by_key(store, llm_server):
    llm_server.state.accept_any_key = True  # as Ollama, or vLLM without --api-key
    with pytest.raises(SharedKeyProvider, match="GPTLAB_ALLOW_SHARED_KEYS"):
        get_create_user("ollama", client(llm_server, "ollama"), store)
    assert store.query("users") == [] and store.query("user_hash") == []


def test_a_deployment_may_opt_in_to_shared_keys_and_the_user_is_told(store, llm_server):
    llm_server.state.accept_any_key = True
    user = get_create_user("ollama", client(llm_server, "ollama"), store, allow_shared_keys=True)
    again = get_create_user("ollama", client(llm_server, "ollama"), store, allow_shared_keys=True)
    assert user.shared_key and again.user_id == user.user_id


def test_a_provider_that_checks_keys_is_probed_once_per_server(store, llm_server):
    first = get_create_user(KEY, client(llm_server, KEY), store)
    get_create_user("sk-test-bob", client(llm_server, "sk-test-bob"), store)
    assert not first.shared_key
    assert len(llm_server.state.calls("/models")) == 5  # two sign-ins, one probe of 3 keys


def test_a_provider_that_checks_only_the_sk_prefix_counts_as_keyless(store, llm_server):
    """Two people typing "sk-x" would share one account with no warning (the probe used to be
    a key no one types, which such a server refuses)."""
    llm_server.state.prefix_only = True
    with pytest.raises(SharedKeyProvider, match="GPTLAB_ALLOW_SHARED_KEYS"):
        get_create_user("sk-x", client(llm_server, "sk-x"), store)
    assert store.query("users") == []
