"""Run every benchmark and put the tables into README.md's "Performance" section.

    python -m bench.run_all            # print the tables
    python -m bench.run_all --readme   # and replace the section between the markers in README

The README numbers therefore always come from a run, never from typing.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
from datetime import UTC, datetime

from bench.common import ROOT

BENCHES = (
    "bench.leak_guard",
    "bench.release_timing",
    "bench.turn",
    "bench.pages",
    "bench.users",
    "bench.load",
)
START, END = "<!-- performance:start -->", "<!-- performance:end -->"


def run(module: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", module], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return "\n".join(
        line for line in result.stdout.splitlines() if not line.startswith(("(", "I1", "W1"))
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--readme", action="store_true", help="update README.md")
    args = parser.parse_args()
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = (
        f"Measured {stamp} on {platform.machine()}, Python {platform.python_version()}, "
        f"with `python -m bench.run_all`.\n"
    )
    body = header + "\n" + "\n".join(run(module).replace("### ", "#### ") for module in BENCHES)
    sys.stdout.write(body + "\n")
    if args.readme:
        readme = ROOT / "README.md"
        text = readme.read_text()
        before, _, rest = text.partition(START)
        _, _, after = rest.partition(END)
        readme.write_text(f"{before}{START}\n{body}\n{END}{after}")


if __name__ == "__main__":
    main()
