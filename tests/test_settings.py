"""Configuration precedence: environment, then secrets.toml, then defaults."""

from __future__ import annotations

import pytest

from settings import SettingsError, load_settings, read_secrets


def test_defaults_need_no_configuration():
    settings = load_settings(env={}, secrets={})
    assert settings.store_backend == "sqlite"
    assert settings.sqlite_path == ".data/gptlab.sqlite3"
    assert settings.openai_base_url is None and settings.global_salt == ""
    assert settings.seed_showcase is True and settings.moderation == "auto"


def test_emulator_or_credentials_select_firestore():
    assert (
        load_settings(env={"FIRESTORE_EMULATOR_HOST": "127.0.0.1:1"}, secrets={}).store_backend
        == "firestore"
    )
    secrets = {"firestore": {"db-key": '{"type": "service_account", "project_id": "p"}'}}
    settings = load_settings(env={}, secrets=secrets)
    assert settings.store_backend == "firestore"
    assert settings.firestore_credentials_info["project_id"] == "p"


def test_environment_overrides_secrets():
    secrets = {
        "store": {"backend": "firestore", "sqlite_path": "from-secrets.db"},
        "openai": {"base_url": "http://secrets/v1"},
        "util": {"global_salt": "s1"},
    }
    env = {
        "GPTLAB_STORE": "sqlite",
        "GPTLAB_SQLITE_PATH": "from-env.db",
        "OPENAI_BASE_URL": "http://env/v1",
        "GPTLAB_GLOBAL_SALT": "s2",
    }
    settings = load_settings(env=env, secrets=secrets)
    assert (
        settings.store_backend,
        settings.sqlite_path,
        settings.openai_base_url,
        settings.global_salt,
    ) == ("sqlite", "from-env.db", "http://env/v1", "s2")
    from_secrets = load_settings(env={}, secrets=secrets)
    assert (from_secrets.store_backend, from_secrets.openai_base_url) == (
        "firestore",
        "http://secrets/v1",
    )


def test_unknown_backend_is_a_clear_error():
    with pytest.raises(SettingsError, match="Unknown store backend"):
        load_settings(env={"GPTLAB_STORE": "mongodb"}, secrets={})


def test_bad_service_account_json_is_a_clear_error():
    with pytest.raises(SettingsError, match="db-key"):
        load_settings(env={}, secrets={"firestore": {"db-key": "{not json"}})


def test_secrets_files_merge_and_a_missing_file_is_normal(tmp_path):
    first = tmp_path / "a.toml"
    second = tmp_path / "b.toml"
    first.write_text('[store]\nbackend = "firestore"\nsqlite_path = "a.db"\n')
    second.write_text('[store]\nsqlite_path = "b.db"\n')
    merged = read_secrets([tmp_path / "missing.toml", first, second])
    assert merged["store"] == {"backend": "firestore", "sqlite_path": "b.db"}


def test_broken_secrets_file_is_reported(tmp_path):
    broken = tmp_path / "secrets.toml"
    broken.write_text("[store\n")
    with pytest.raises(SettingsError, match="Cannot read"):
        read_secrets([broken])


def test_settings_repr_hides_the_salt_and_credentials():
    settings = load_settings(
        env={"GPTLAB_GLOBAL_SALT": "pepper-secret"},
        secrets={"firestore": {"db-key": '{"private_key": "PK"}'}},
    )
    assert "pepper-secret" not in repr(settings) and "PK" not in repr(settings)


@pytest.mark.parametrize("value", ["0", "-0.5", "1.5", "high", "nan"])
def test_a_leak_threshold_outside_its_range_is_a_clear_error(value):
    with pytest.raises(SettingsError, match="leak threshold"):
        load_settings(env={"GPTLAB_LEAK_THRESHOLD": value}, secrets={})


def test_leak_judge_settings_default_to_auto_and_refuse_unknown_modes():
    settings = load_settings(env={}, secrets={})
    assert settings.leak_judge == "auto" and settings.leak_judge_model is None
    assert 0 < settings.leak_threshold <= 1
    chosen = load_settings(
        env={"GPTLAB_LEAK_JUDGE": "OFF", "GPTLAB_LEAK_JUDGE_MODEL": "gpt-4o-mini"}, secrets={}
    )
    assert chosen.leak_judge == "off" and chosen.leak_judge_model == "gpt-4o-mini"
    with pytest.raises(SettingsError, match="GPTLAB_LEAK_JUDGE"):
        load_settings(env={"GPTLAB_LEAK_JUDGE": "sometimes"}, secrets={})


@pytest.mark.parametrize("value", ["of", "disabled", "true"])
def test_an_unknown_moderation_value_is_refused_rather_than_turning_moderation_off(value):
    with pytest.raises(SettingsError, match="GPTLAB_MODERATION"):
        load_settings(env={"GPTLAB_MODERATION": value}, secrets={})
    assert load_settings(env={"GPTLAB_MODERATION": " ON "}, secrets={}).moderation == "on"


def test_the_global_salt_is_stripped_so_a_pasted_newline_keeps_identities():
    pasted = load_settings(env={"GPTLAB_GLOBAL_SALT": "pepper\n"}, secrets={})
    assert pasted.global_salt == "pepper"
    from_file = load_settings(env={}, secrets={"util": {"global_salt": "  pepper "}})
    assert from_file.global_salt == "pepper"


@pytest.mark.parametrize("value", ["0", "-3", "many", "2.5"])
def test_a_live_turn_limit_that_is_not_a_positive_whole_number_is_a_clear_error(value):
    with pytest.raises(SettingsError, match="GPTLAB_MAX_LIVE_TURNS"):
        load_settings(env={"GPTLAB_MAX_LIVE_TURNS": value}, secrets={})


def test_the_live_turn_limit_has_a_default_and_can_be_set():
    assert load_settings(env={}, secrets={}).max_live_turns == 48
    assert load_settings(env={"GPTLAB_MAX_LIVE_TURNS": "120"}, secrets={}).max_live_turns == 120
    assert load_settings(env={}, secrets={"util": {"max_live_turns": 7}}).max_live_turns == 7
