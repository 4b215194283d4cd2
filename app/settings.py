"""Deployment settings: environment variables first, then secrets.toml, then defaults.

Read without Streamlit so the collection modules and command-line tools can use it; the files
read are the ones `st.secrets` reads (the project's and the user's `.streamlit/secrets.toml`).
"""

from __future__ import annotations

import json
import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE_PATH = ".data/gptlab.sqlite3"
DEFAULT_LEAK_THRESHOLD = 0.9  # share of one prompt sentence a reply may repeat before it is a leak
LEAK_JUDGE_MODES = ("auto", "on", "off")
MODERATION_MODES = ("auto", "on", "off")


@dataclass(frozen=True)
class ModelPrice:
    """US dollars per million tokens."""

    input: Decimal
    output: Decimal
    cached_input: Decimal


class SettingsError(Exception):
    """A setting has a value the app cannot use. The message is for operators (it may name files);
    pages show a generic one and log this."""


DEFAULT_MAX_LIVE_TURNS = 48  # replies streaming at once in one server process


@dataclass(frozen=True)
class Settings:
    store_backend: str
    sqlite_path: str
    firestore_credentials_file: str | None = None
    firestore_credentials_info: Mapping[str, Any] | None = field(default=None, repr=False)
    firestore_project: str | None = None
    firestore_database: str | None = None
    emulator_host: str | None = None
    openai_base_url: str | None = None
    global_salt: str = field(default="", repr=False)
    seed_showcase: bool = True
    moderation: str = "auto"
    leak_threshold: float = DEFAULT_LEAK_THRESHOLD
    leak_judge: str = "auto"
    leak_judge_model: str | None = None
    allow_shared_keys: bool = False
    prices: Mapping[str, ModelPrice] = field(default_factory=dict)
    max_live_turns: int = DEFAULT_MAX_LIVE_TURNS


def secrets_files(cwd: Path | None = None) -> list[Path]:
    """The secrets.toml files Streamlit would read, later ones overriding earlier ones."""
    cwd = cwd or Path.cwd()
    candidates = [Path.home() / ".streamlit" / "secrets.toml", cwd / ".streamlit" / "secrets.toml"]
    project_file = PROJECT_ROOT / ".streamlit" / "secrets.toml"
    if project_file not in candidates:
        candidates.insert(1, project_file)
    return candidates


def read_secrets(paths: list[Path] | None = None) -> dict[str, Any]:
    """Merge the secrets files that exist; a missing file is normal, a broken one is reported."""
    merged: dict[str, Any] = {}
    for path in paths if paths is not None else secrets_files():
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"Cannot read {path}: {exc}") from None
        for section, values in data.items():
            if isinstance(values, dict) and isinstance(merged.get(section), dict):
                merged[section] = {**merged[section], **values}
            else:
                merged[section] = values
    return merged


def _section(secrets: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = secrets.get(name, {})
    return value if isinstance(value, Mapping) else {}


def _truthy(value: Any, default: bool) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def load_settings(
    env: Mapping[str, str] | None = None, secrets: Mapping[str, Any] | None = None
) -> Settings:
    """Resolve every setting once; see the configuration table in README.md."""
    env = os.environ if env is None else env
    secrets = read_secrets() if secrets is None else secrets
    store = _section(secrets, "store")
    fs = _section(secrets, "firestore")
    openai_cfg = _section(secrets, "openai")
    util = _section(secrets, "util")

    credentials_file = env.get("GOOGLE_APPLICATION_CREDENTIALS") or None
    credentials_info = fs.get("db-key") or None
    if isinstance(credentials_info, str):
        credentials_info = _parse_json_key(credentials_info)
    emulator_host = env.get("FIRESTORE_EMULATOR_HOST") or None

    backend = (env.get("GPTLAB_STORE") or store.get("backend") or "").strip().lower()
    if not backend:
        has_firestore = emulator_host or credentials_file or credentials_info
        backend = "firestore" if has_firestore else "sqlite"
    if backend not in {"sqlite", "firestore"}:
        raise SettingsError(f"Unknown store backend {backend!r}: use 'sqlite' or 'firestore'.")

    live_raw = env.get("GPTLAB_MAX_LIVE_TURNS") or util.get("max_live_turns")
    try:
        max_live_turns = int(live_raw) if live_raw not in (None, "") else DEFAULT_MAX_LIVE_TURNS
    except (TypeError, ValueError):
        max_live_turns = 0
    if max_live_turns < 1:
        raise SettingsError("GPTLAB_MAX_LIVE_TURNS must be a whole number of at least 1.")

    threshold_raw = (
        env.get("GPTLAB_LEAK_THRESHOLD") or util.get("leak_threshold") or DEFAULT_LEAK_THRESHOLD
    )
    try:
        leak_threshold = float(threshold_raw)
    except (TypeError, ValueError):
        leak_threshold = -1.0
    if not 0 < leak_threshold <= 1:
        raise SettingsError("The leak threshold must be a number above 0 and at most 1.")
    leak_judge = (env.get("GPTLAB_LEAK_JUDGE") or util.get("leak_judge") or "auto").strip().lower()
    if leak_judge not in LEAK_JUDGE_MODES:
        raise SettingsError(f"GPTLAB_LEAK_JUDGE must be one of {', '.join(LEAK_JUDGE_MODES)}.")

    moderation = env.get("GPTLAB_MODERATION") or openai_cfg.get("moderation") or "auto"
    moderation = str(moderation).strip().lower()
    if moderation not in MODERATION_MODES:
        # A typo must not quietly turn moderation off.
        raise SettingsError(f"GPTLAB_MODERATION must be one of {', '.join(MODERATION_MODES)}.")

    return Settings(
        store_backend=backend,
        sqlite_path=env.get("GPTLAB_SQLITE_PATH")
        or store.get("sqlite_path")
        or DEFAULT_SQLITE_PATH,
        firestore_credentials_file=credentials_file,
        firestore_credentials_info=credentials_info
        if isinstance(credentials_info, Mapping)
        else None,
        firestore_project=env.get("GOOGLE_CLOUD_PROJECT") or fs.get("project") or None,
        firestore_database=env.get("GPTLAB_FIRESTORE_DATABASE") or fs.get("database") or None,
        emulator_host=emulator_host,
        openai_base_url=env.get("OPENAI_BASE_URL") or openai_cfg.get("base_url") or None,
        # Stripped: a salt pasted with a trailing newline must give the same identities.
        global_salt=str(env.get("GPTLAB_GLOBAL_SALT") or util.get("global_salt") or "").strip(),
        seed_showcase=_truthy(env.get("GPTLAB_SEED_SHOWCASE", store.get("seed_showcase")), True),
        moderation=moderation,
        max_live_turns=max_live_turns,
        leak_threshold=leak_threshold,
        leak_judge=leak_judge,
        leak_judge_model=env.get("GPTLAB_LEAK_JUDGE_MODEL") or util.get("leak_judge_model") or None,
        allow_shared_keys=_truthy(
            env.get("GPTLAB_ALLOW_SHARED_KEYS", util.get("allow_shared_keys")), False
        ),
        prices=_prices(env.get("GPTLAB_PRICES"), _section(secrets, "prices")),
    )


def _price_number(model: str, value: Any) -> Decimal:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        number = Decimal(-1)
    if isinstance(value, bool) or not number.is_finite() or number < 0:
        raise SettingsError(f"The price of {model!r} must be numbers of dollars, 0 or more.")
    return number


def _prices(env_value: str | None, section: Mapping[str, Any]) -> dict[str, ModelPrice]:
    """GPTLAB_PRICES (JSON) or [prices] in secrets.toml: {"model": [input, output]} or
    [input, output, cached input], in dollars per million tokens."""
    raw: Any = section
    if env_value:
        try:
            raw = json.loads(env_value)
        except json.JSONDecodeError:
            raise SettingsError("GPTLAB_PRICES is not valid JSON.") from None
    if not isinstance(raw, Mapping):
        raise SettingsError("GPTLAB_PRICES must map model names to [input, output] prices.")
    prices: dict[str, ModelPrice] = {}
    for model, value in raw.items():
        if not isinstance(value, list | tuple) or len(value) not in (2, 3):
            raise SettingsError(
                f"The price of {model!r} must be [input, output] or [input, output, cached "
                "input] dollars per million tokens."
            )
        numbers = [_price_number(str(model), item) for item in value]
        prices[str(model)] = ModelPrice(
            numbers[0], numbers[1], numbers[-1] if len(numbers) == 3 else numbers[0]
        )
    return prices


def _parse_json_key(text: str) -> Mapping[str, Any] | None:
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise SettingsError("[firestore] db-key is not valid service-account JSON.") from None
    return value if isinstance(value, dict) else None


_cached: Settings | None = None


def get_settings() -> Settings:
    """The process-wide settings, resolved on first use."""
    global _cached
    if _cached is None:
        _cached = load_settings()
    return _cached


def reset_settings_cache() -> None:
    """Forget resolved settings (tests change the environment between cases)."""
    global _cached
    _cached = None
