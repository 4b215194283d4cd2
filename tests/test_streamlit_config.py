"""The server settings GPT Lab ships in .streamlit/config.toml, as Streamlit itself reads them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def option(name: str) -> str:
    """The option's value in a fresh Streamlit process started where `streamlit run` is."""
    code = (
        "from streamlit import config; config.get_config_options(force_reparse=True); "
        f"print(config.get_option({name!r}))"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_no_full_garbage_collection_after_every_script_run():
    # Streamlit's default gc.collect(2) after each run was half the server's CPU under load and
    # most of the end of a turn (bench/load.py, py-spy).
    assert option("runner.postScriptGC") == "False"


def test_errors_show_no_details_and_uploads_stay_small():
    assert option("client.showErrorDetails") == "none"
    assert option("server.maxUploadSize") == "1"
