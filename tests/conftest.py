"""Shared fixtures: both store backends, the Firestore emulator and the local LLM server."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from api_util_firebase import DocumentStore, FirestoreStore, SQLiteStore, set_store
from api_util_openai import LLMClient, forget_keyless_providers
from llm.params import forget_refused
from settings import reset_settings_cache
from tests.emulator import FirestoreEmulator
from tests.fake_openai import FakeOpenAIServer, FakeState


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--cpu-budget-tests",
        choices=("with-the-rest", "exclude", "only"),
        default="with-the-rest",
        help="scripts/test.sh runs the rest in parallel, then the CPU-time tests alone",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Splits the run (not a skip: each test runs in exactly one of scripts/test.sh's two runs)."""
    phase = config.getoption("--cpu-budget-tests")
    if phase == "with-the-rest":
        return
    wanted = phase == "only"
    kept = [item for item in items if (item.get_closest_marker("cpu_budget") is not None) == wanted]
    deselected = [item for item in items if item not in kept]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


@pytest.fixture(scope="session")
def firestore_emulator() -> Iterator[FirestoreEmulator]:
    emulator = FirestoreEmulator()
    yield emulator
    emulator.stop()


@pytest.fixture(scope="session")
def firestore_client(firestore_emulator: FirestoreEmulator):
    from google.cloud import firestore

    previous = os.environ.get("FIRESTORE_EMULATOR_HOST")
    os.environ["FIRESTORE_EMULATOR_HOST"] = firestore_emulator.host
    client = firestore.Client(project="gptlab-test")
    yield client
    client.close()
    if previous is None:
        os.environ.pop("FIRESTORE_EMULATOR_HOST", None)
    else:
        os.environ["FIRESTORE_EMULATOR_HOST"] = previous


@pytest.fixture(params=["sqlite", "firestore"])
def store(request, tmp_path) -> Iterator[DocumentStore]:
    """The same tests on the embedded SQLite store and on Firestore (the npm emulator)."""
    if request.param == "sqlite":
        backend: DocumentStore = SQLiteStore(tmp_path / "store.sqlite3")
    else:
        emulator = request.getfixturevalue("firestore_emulator")
        emulator.clear()
        backend = FirestoreStore(request.getfixturevalue("firestore_client"))
    set_store(backend)
    yield backend
    set_store(None)
    if request.param == "sqlite":
        backend.close()


@pytest.fixture
def sqlite_store(tmp_path) -> Iterator[SQLiteStore]:
    backend = SQLiteStore(tmp_path / "store.sqlite3")
    set_store(backend)
    yield backend
    set_store(None)
    backend.close()


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch, tmp_path) -> Iterator[None]:
    """No test reads the developer's own secrets or environment by accident."""
    for name in (
        "GPTLAB_STORE",
        "GPTLAB_SQLITE_PATH",
        "GOOGLE_APPLICATION_CREDENTIALS",
        "OPENAI_BASE_URL",
        "GPTLAB_GLOBAL_SALT",
        "GPTLAB_SEED_SHOWCASE",
        "GPTLAB_MODERATION",
        "GPTLAB_ALLOW_SHARED_KEYS",
        "OPENAI_API_KEY",
        "GPTLAB_PRICES",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    reset_settings_cache()
    yield
    reset_settings_cache()


@pytest.fixture(scope="session")
def _llm_server_process() -> Iterator[FakeOpenAIServer]:
    server = FakeOpenAIServer().start()
    yield server
    server.stop()


@pytest.fixture
def llm_server(_llm_server_process: FakeOpenAIServer) -> FakeOpenAIServer:
    """The local OpenAI-compatible server, with fresh knobs and request log for each test."""
    _llm_server_process.state = FakeState()
    forget_refused()  # what the app learnt about the server starts afresh too
    forget_keyless_providers()
    return _llm_server_process


@pytest.fixture
def llm(llm_server: FakeOpenAIServer) -> LLMClient:
    return LLMClient("sk-test-user-one", base_url=llm_server.base_url, timeout=5, retry_delay=0.01)


@pytest.fixture
def app_env(tmp_path, llm_server, monkeypatch) -> Iterator[FakeOpenAIServer]:
    """The app on a fresh SQLite store and the local LLM server, with Streamlit caches cleared."""
    import streamlit as st

    from api_util_firebase import get_store

    monkeypatch.setenv("GPTLAB_STORE", "sqlite")
    monkeypatch.setenv("GPTLAB_SQLITE_PATH", str(tmp_path / "app.sqlite3"))
    monkeypatch.setenv("OPENAI_BASE_URL", llm_server.base_url)
    reset_settings_cache()
    set_store(None)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield llm_server
    get_store().close()
    set_store(None)
    st.cache_data.clear()
    st.cache_resource.clear()
