"""The container recipe, checked without Docker (none runs here): hadolint, then the image's
file layout, environment, CMD and HEALTHCHECK reproduced from the Dockerfile and run."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.servers import free_port

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = (ROOT / "Dockerfile").read_text()


def instructions(name: str) -> list[str]:
    joined = re.sub(r"\\\n\s*", " ", DOCKERFILE)
    return [line.split(None, 1)[1] for line in joined.splitlines() if line.startswith(f"{name} ")]


def test_hadolint_finds_nothing():
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    result = subprocess.run([hadolint, str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_image_is_slim_non_root_and_carries_no_secrets():
    assert re.search(r"^FROM python:3\.(1[1-9])-slim", DOCKERFILE, re.MULTILINE)
    assert instructions("USER") and instructions("USER")[-1].split(":")[0] != "0"
    assert "secrets.toml\n" not in DOCKERFILE.replace("secrets.toml.example", "")
    assert ".streamlit/secrets.toml" in (ROOT / ".dockerignore").read_text()
    requirement_copy = DOCKERFILE.index("COPY requirements.txt")
    assert requirement_copy < DOCKERFILE.index("pip install") < DOCKERFILE.index("COPY --chown")


def _image_env(port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GPTLAB_", "FIRESTORE_"))}
    for block in instructions("ENV"):
        for key, value in re.findall(r"(\w+)=(\S+)", block):
            env[key] = value
    env.update(PORT=str(port), STREAMLIT_SERVER_ADDRESS="127.0.0.1")  # tests bind loopback only
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    return env


def test_cmd_serves_the_app_and_the_healthcheck_passes(tmp_path):
    image = tmp_path / "app"
    for source in instructions("COPY"):
        parts = [p for p in source.split() if not p.startswith("--")]
        src, dest = ROOT / parts[0], image / parts[1]
        if src.is_dir():
            shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__"))
        elif parts[1] == "." or parts[1].endswith("/"):
            dest.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, dest / src.name)
        else:
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, dest)
    port = free_port()
    env = _image_env(port)
    env.update(GPTLAB_SQLITE_PATH=str(tmp_path / "db.sqlite3"), HOME=str(tmp_path))
    command = json.loads(instructions("CMD")[-1])
    server = subprocess.Popen(
        command, cwd=image, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    health = json.loads(instructions("HEALTHCHECK")[-1].split("CMD", 1)[1])
    try:
        deadline = time.monotonic() + 60
        while True:
            check = subprocess.run(health, env=env, capture_output=True)
            if check.returncode == 0:
                break
            assert server.poll() is None, "the container command exited"
            assert time.monotonic() < deadline, check.stderr.decode()
            time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(timeout=10)
