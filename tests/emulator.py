"""Runs the npm Firestore emulator on 127.0.0.1 for the tests, and stops it with them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "firestore_emulator.js"


class FirestoreEmulator:
    """A child node process serving Firestore's gRPC API; `clear()` empties it between tests."""

    def __init__(self) -> None:
        node = shutil.which("node")
        if node is None:
            raise RuntimeError("node is not installed: run scripts/test.sh, which installs it.")
        if not (ROOT / "node_modules" / "@firestore-emulator" / "server").is_dir():
            raise RuntimeError("The emulator package is missing: run `npm ci` in the project root.")
        self._proc = subprocess.Popen(
            [node, str(SCRIPT), "0"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        line = self._proc.stdout.readline().strip()
        if not line.startswith("READY "):
            self.stop()
            raise RuntimeError(f"The Firestore emulator did not start: {line!r}")
        self.port = int(line.split()[1])
        self.host = f"127.0.0.1:{self.port}"

    def clear(self) -> None:
        self._proc.stdin.write("clear\n")
        self._proc.stdin.flush()
        answer = self._proc.stdout.readline().strip()
        if answer != "cleared":
            raise RuntimeError(f"The emulator did not clear its data: {answer!r}")

    def stop(self) -> None:
        if self._proc.poll() is None:
            try:
                self._proc.stdin.close()
                self._proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                self._proc.kill()
                self._proc.wait()
