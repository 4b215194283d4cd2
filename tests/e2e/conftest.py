"""Real-browser fixtures: the app under `streamlit run` on 127.0.0.1 (SQLite or the Firestore
emulator), the local OpenAI-compatible server, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.fake_openai import FakeOpenAIServer, FakeState

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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_health(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not become healthy in time")


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
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GPTLAB_", "FIRESTORE_", "GOOGLE_", "OPENAI_"))
    }
    env.update(OPENAI_BASE_URL=e2e_llm.base_url, GPTLAB_STORE=request.param, PYTHONUNBUFFERED="1")
    if request.param == "sqlite":
        env["GPTLAB_SQLITE_PATH"] = str(tmp_path_factory.mktemp("e2e") / "gptlab.sqlite3")
    else:
        emulator = request.getfixturevalue("firestore_emulator")
        emulator.clear()
        env.update(FIRESTORE_EMULATOR_HOST=emulator.host, GOOGLE_CLOUD_PROJECT="gptlab-e2e")
    port = _free_port()
    log = (tmp_path_factory.mktemp("logs") / f"streamlit-{request.param}.log").open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app/home.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
            "--server.fileWatcherType",
            "none",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_health(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


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
