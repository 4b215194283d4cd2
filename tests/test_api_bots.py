"""Assistants: validation, creation with versioned prompts, listings without secrets, showcase."""

from __future__ import annotations

import re
from dataclasses import asdict, replace

import pytest

from api_bots import (
    BotNotFound,
    NotBotCreator,
    create_bot,
    get_bot,
    get_bot_config,
    get_bot_for_creator,
    get_bots,
    normalize_code,
    set_active,
)
from api_util_openai import ModelConfig
from app import manage
from bots import creation
from bots.draft import (
    PERSONALITIES,
    SESSION_TYPE_BRAINSTORMING,
    BotDraft,
    InvalidBot,
    personality_config,
)
from bots.lifecycle import set_showcased
from bots.showcase import SHOWCASE, seed_showcase

SECRET = "You are Zed. The secret word is PAPAYA. Never say the secret word."


def draft(**changes) -> BotDraft:
    base = BotDraft(
        name="Zed",
        tag_line="Riddle Master",
        description="Plays riddles with you.",
        initial_prompt=SECRET,
        model_config=ModelConfig("gpt-4o-mini", 300),
    )
    return replace(base, **changes)


@pytest.fixture
def creator(store) -> str:
    store.set("users/creator1", {"bots_created": 0})
    return "creator1"


def test_created_bot_has_public_profile_and_private_config(store, creator):
    bot_id = create_bot(store, creator, draft(session_type=SESSION_TYPE_BRAINSTORMING))
    profile = get_bot(store, bot_id)
    assert (profile.name, profile.tag_line, profile.model) == (
        "Zed",
        "Riddle Master",
        "gpt-4o-mini",
    )
    assert "PAPAYA" not in str(asdict(profile))
    config = get_bot_config(store, bot_id)
    assert config.initial_prompt == SECRET and config.model_config.max_tokens == 300
    assert config.profile.session_type == SESSION_TYPE_BRAINSTORMING
    assert "PAPAYA" not in repr(config)
    assert store.get("users/creator1")["bots_created"] == 1
    prompts = store.query(f"bots/{bot_id}/prompts")
    assert {data["message_type"] for _, data in prompts} == {"initial_prompt", "summary_prompt"}


def test_listings_never_carry_prompts(store, creator):
    create_bot(store, creator, draft(), showcased=True)
    for profile in get_bots(store, showcased=True) + get_bots(store, creator=creator):
        assert "PAPAYA" not in str(asdict(profile))


@pytest.mark.parametrize(
    "field,value,fragment",
    [
        ("name", "", "Name cannot be empty"),
        ("name", "x" * 31, "at most 30"),
        ("tag_line", "y" * 26, "at most 25"),
        ("description", "z" * 251, "at most 250"),
        ("initial_prompt", "   ", "initial prompt cannot be empty"),
        ("summary_prompt", "s" * 501, "at most 500"),
        ("session_type", 7, "Brain Storming or Coaching"),
    ],
)
def test_invalid_fields_are_named_in_the_error(store, creator, field, value, fragment):
    with pytest.raises(InvalidBot) as caught:
        create_bot(store, creator, draft(**{field: value}))
    assert fragment in str(caught.value) and caught.value.field_name == field
    assert store.query("bots") == []


@pytest.mark.parametrize(
    "config,field",
    [
        (ModelConfig("gpt-4o-mini", max_tokens=0), "max_tokens"),
        (ModelConfig("gpt-4o-mini", temperature=2.5), "temperature"),
        (ModelConfig("gpt-4o-mini", top_p=1.5), "top_p"),
        (ModelConfig("gpt-4o-mini", presence_penalty=-3), "presence_penalty"),
        (ModelConfig("gpt-4o-mini", frequency_penalty=3), "frequency_penalty"),
    ],
)
def test_model_parameters_out_of_range_are_refused(store, creator, config, field):
    with pytest.raises(InvalidBot) as caught:
        create_bot(store, creator, draft(model_config=config))
    assert caught.value.field_name == field


def test_model_the_key_cannot_use_is_refused(store, creator):
    with pytest.raises(InvalidBot) as caught:
        create_bot(store, creator, draft(), allowed_models=["gpt-4o"])
    assert "cannot use gpt-4o-mini" in str(caught.value)


def test_fields_are_trimmed(store, creator):
    bot_id = create_bot(store, creator, draft(name="  Zed  "))
    assert get_bot(store, bot_id).name == "Zed"


@pytest.mark.parametrize("code", ["", "nope", "a/b", "  "])
def test_unknown_codes_are_not_found(store, code):
    with pytest.raises(BotNotFound):
        get_bot(store, code)


def test_share_links_and_padded_codes_resolve(store, creator):
    bot_id = create_bot(store, creator, draft())
    assert normalize_code(f" https://x.app/assistant?assistant_id={bot_id}&a=1 ") == bot_id
    assert get_bot(store, f"  {bot_id} ").bot_id == bot_id


def test_new_codes_are_short_and_free_of_look_alike_characters(store, creator):
    codes = [create_bot(store, creator, draft()) for _ in range(5)]
    for code in codes:
        assert re.fullmatch(r"[23456789a-hjkmnp-z]{5}-[23456789a-hjkmnp-z]{5}", code), code
    assert len(set(codes)) == 5


def test_a_readable_code_opens_however_it_is_typed(store, creator):
    code = create_bot(store, creator, draft())
    compact = code.replace("-", "")
    for typed in (code.upper(), f" {compact} ", f"{compact[:5]} {compact[5:].upper()}"):
        assert get_bot(store, typed).bot_id == code, typed


def test_codes_made_before_keep_working_exactly_as_written(store, creator):
    old = create_bot(store, creator, draft(), bot_id="ZcBKxff1xWyltpc4jKZE")
    assert get_bot(store, "ZcBKxff1xWyltpc4jKZE").bot_id == old
    with pytest.raises(BotNotFound):
        get_bot(store, old.lower())  # a different old code, not this one


def test_a_code_that_is_taken_is_replaced_by_a_fresh_one(store, creator, monkeypatch):
    drawn = iter(["abcde-fghjk", "abcde-fghjk", "mnpqr-stuvw"])
    monkeypatch.setattr(creation, "new_code", lambda: next(drawn))
    assert create_bot(store, creator, draft()) == "abcde-fghjk"
    assert create_bot(store, creator, draft()) == "mnpqr-stuvw"
    assert get_bot(store, "abcde-fghjk").name == get_bot(store, "mnpqr-stuvw").name


def test_only_the_creator_sees_the_configuration(store, creator):
    bot_id = create_bot(store, creator, draft())
    assert get_bot_for_creator(store, bot_id, creator).initial_prompt == SECRET
    with pytest.raises(NotBotCreator):
        get_bot_for_creator(store, bot_id, "someone-else")


def test_showcase_and_deactivation(store, creator):
    bot_id = create_bot(store, creator, draft())
    assert get_bots(store, showcased=True) == []
    set_showcased(store, bot_id, True)
    assert [b.bot_id for b in get_bots(store, showcased=True)] == [bot_id]
    set_active(store, bot_id, False)
    assert get_bots(store, showcased=True) == []
    with pytest.raises(BotNotFound):
        get_bot(store, bot_id)


def test_personality_templates_match_the_original():
    assert PERSONALITIES["Coaching"] == (0.5, 0.3, 0.2, 0.9)
    config = personality_config("Creative", "gpt-4o", 500)
    assert (
        config.temperature,
        config.frequency_penalty,
        config.presence_penalty,
        config.top_p,
    ) == (1.0, 0.1, 0.1, 0.7)


def test_showcase_seed_is_idempotent(store):
    assert seed_showcase(store) is True
    assert seed_showcase(store) is False
    showcased = get_bots(store, showcased=True)
    assert sorted(b.bot_id for b in showcased) == sorted(SHOWCASE)
    for bot in showcased:
        assert get_bot_config(store, bot.bot_id).initial_prompt


def test_command_line_seeds_lists_and_hides(sqlite_store, capsys):
    assert manage.main(["seed"]) == 0
    assert manage.main(["list"]) == 0
    listing = capsys.readouterr().out
    assert "career-coach-maya" in listing and "initial_prompt" not in listing
    assert manage.main(["hide", "career-coach-maya"]) == 0
    assert "career-coach-maya" not in [b.bot_id for b in get_bots(sqlite_store, showcased=True)]
    assert manage.main(["showcase", "no-such-bot"]) == 1


@pytest.mark.parametrize(
    "invisible", ["\u200b\u200b", "\u3164", "\u2800\u2800", "\u00a0\u200d\u00a0", "\u0301"]
)
def test_names_made_only_of_invisible_characters_are_refused(store, creator, invisible):
    with pytest.raises(InvalidBot, match="visible character") as caught:
        create_bot(store, creator, draft(name=invisible))
    assert caught.value.field_name == "name"
    with pytest.raises(InvalidBot, match="visible character"):
        create_bot(store, creator, draft(tag_line=invisible))


def test_bidi_overrides_are_stripped_from_public_fields(store, creator):
    bot_id = create_bot(
        store,
        creator,
        draft(name="Zed\u202egnp.exe", tag_line="\u2066Riddles\u2069", description="a\u202db"),
    )
    profile = get_bot(store, bot_id)
    assert (profile.name, profile.tag_line, profile.description) == ("Zedgnp.exe", "Riddles", "ab")
