"""Starting the app under `streamlit run` on 127.0.0.1, for the browser tests and benchmarks."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent


DEPLOYMENT_PREFIXES = ("GPTLAB_", "FIRESTORE_", "GOOGLE_", "OPENAI_")


def app_environment(**settings: str) -> dict[str, str]:
    """This process's environment minus any deployment settings the developer has, plus
    `settings`: an app under test sees only what the test chose."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(DEPLOYMENT_PREFIXES)}
    return {**env, "PYTHONUNBUFFERED": "1", **settings}


def backend_environment(
    backend: str,
    folder: Path,
    llm_url: str,
    emulator=None,
    project: str = "gptlab-e2e",
    clear: bool = True,
) -> dict[str, str]:
    """The app's environment for a store backend: a SQLite file in `folder`, or the Firestore
    `emulator` under `project` (emptied first if `clear`)."""
    env = app_environment(OPENAI_BASE_URL=llm_url, GPTLAB_STORE=backend)
    if backend == "sqlite":
        env["GPTLAB_SQLITE_PATH"] = str(folder / "gptlab.sqlite3")
    else:
        if clear:
            emulator.clear()
        env.update(FIRESTORE_EMULATOR_HOST=emulator.host, GOOGLE_CLOUD_PROJECT=project)
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_health(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {process.returncode}")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.read().strip() == b"ok":
                    return
        time.sleep(0.3)
    raise RuntimeError("streamlit did not become healthy in time")


@contextlib.contextmanager
def streamlit_app(
    env: Mapping[str, str], log: IO[str] | None = None, script: str = "app/home.py"
) -> Iterator[tuple[str, int]]:
    """`streamlit run app/home.py` (or another script) on a free loopback port; yields
    (url, pid), then stops it."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            script,
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
        env=dict(env),
        stdout=log or subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(url, process)
        yield url, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
