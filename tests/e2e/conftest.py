"""Real-browser fixtures: the app under `streamlit run` on 127.0.0.1 (SQLite or the Firestore
emulator), the local OpenAI-compatible server, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.fake_openai import FakeOpenAIServer, FakeState
from tests.servers import backend_environment, streamlit_app

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def e2e_llm() -> Iterator[FakeOpenAIServer]:
    server = FakeOpenAIServer().start()
    yield server
    server.stop()


@pytest.fixture
def llm_state(e2e_llm: FakeOpenAIServer) -> FakeState:
    e2e_llm.state = FakeState()
    return e2e_llm.state


@pytest.fixture(scope="session", params=["sqlite", "firestore"])
def app_url(request, tmp_path_factory, e2e_llm) -> Iterator[str]:
    """`streamlit run app/home.py` on a free 127.0.0.1 port, for each store backend."""
    folder = tmp_path_factory.mktemp("e2e")
    emulator = None if request.param == "sqlite" else request.getfixturevalue("firestore_emulator")
    env = backend_environment(request.param, folder, e2e_llm.base_url, emulator, "gptlab-e2e")
    log = (tmp_path_factory.mktemp("logs") / f"streamlit-{request.param}.log").open("w")
    with log, streamlit_app(env, log) as (url, _pid):
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        raise RuntimeError("Chromium is missing: scripts/test.sh installs Debian's chromium.")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser: Browser) -> Iterator:
    """Open pages in fresh browser contexts (a new visitor each time)."""
    contexts = []

    def open_page() -> Page:
        context = browser.new_context(
            viewport={"width": 1280, "height": 900}, accept_downloads=True
        )
        context.set_default_timeout(30_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def shots(request):
    """Save a screenshot of a key step under tests/e2e/screenshots/<test>/<n>-<name>.png."""
    folder = SCREENSHOTS / request.node.name.replace("[", "-").replace("]", "")
    folder.mkdir(parents=True, exist_ok=True)
    counter = iter(range(1, 100))

    def shoot(page: Page, name: str) -> Path:
        path = folder / f"{next(counter):02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return shoot
