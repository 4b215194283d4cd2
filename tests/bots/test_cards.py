"""Export and import of assistant cards, on both stores."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from api_bots import VISIBILITY_PRIVATE, NotBotCreator, get_bot, get_bot_config, get_bots
from api_sessions import create_session
from api_users import get_create_user
from api_util_firebase import StoreUnavailable
from api_util_openai import LLMClient, ModelConfig
from bots.card_fields import CARD_SCHEMA_VERSION, CardError
from bots.cards import card_json, export_card, import_card, import_mark
from bots.lifecycle import set_visibility
from bots.versions import draft_of, list_versions, restore_version, save_changes
from tests.builders import CommitFaults, make_coach

PROMPT = 'You are Maya, a career coach. End every reply with "(v1)".'


@pytest.fixture
def history(store):
    """An assistant with three versions (the third restores the first) and starters."""
    bot = make_coach(store, PROMPT)
    draft = replace(
        draft_of(get_bot_config(store, bot)),
        initial_prompt=PROMPT + " Be brief.",
        allowed_phrases=("Call 555-0100 for help.",),
        starters=("Where do I start?", "Review my CV"),
        model_config=ModelConfig("gpt-4o", 700, temperature=1.2),
    )
    save_changes(store, "creator", bot, 1, draft, note="brief, phone, starters")
    restore_version(store, "creator", bot, 1, 2)
    return bot


def without_date(card):
    return {k: v for k, v in card.items() if k != "exported_date"}


def test_an_import_of_an_export_reproduces_the_assistant_exactly(store, history):
    card = export_card(store, "creator", history)
    store.set("users/importer", {"bots_created": 0})
    copy = import_card(store, "importer", card_json(card).encode()).code
    assert copy != history
    assert export_card(store, "importer", copy) == card
    assert [v.number for v in list_versions(store, "importer", copy)] == [3, 2, 1]
    assert get_bot_config(store, copy).initial_prompt == PROMPT
    assert get_bot(store, copy).creator_user_id == "importer"
    # Restoring version 2 of the copy brings back what version 2 of the original had.
    restore_version(store, "importer", copy, 2, 3)
    assert get_bot_config(store, copy).allowed_phrases == ("Call 555-0100 for help.",)


def test_a_card_holds_versions_and_never_sessions_stats_code_or_creator(store, llm_server, history):
    user = get_create_user("sk-v", LLMClient("sk-v", base_url=llm_server.base_url), store)
    create_session(store, user, LLMClient("sk-v", base_url=llm_server.base_url), history)
    card = export_card(store, "creator", history)
    text = card_json(card)
    assert card["schema_version"] == CARD_SCHEMA_VERSION and card["active_version"] == 3
    assert [v["note"] for v in card["versions"]][1] == "brief, phone, starters"
    assert card["versions"][1]["starters"] == ["Where do I start?", "Review my CV"]
    for absent in (history, "creator", "sessions_started", user.user_id, "Hello!"):
        assert absent not in text


def test_only_the_creator_can_export(store, history):
    with pytest.raises(NotBotCreator):
        export_card(store, "someone", history)


def test_a_private_assistant_imports_private_and_never_showcased(store, history):
    set_visibility(store, "creator", history, VISIBILITY_PRIVATE)
    store.set("users/importer", {"bots_created": 0})
    copy = import_card(store, "importer", card_json(export_card(store, "creator", history))).code
    assert get_bot(store, copy, "importer").visibility == VISIBILITY_PRIVATE
    assert copy not in [b.bot_id for b in get_bots(store, showcased=True)]


def test_every_bad_field_is_named_and_nothing_is_stored(store, history):
    card = export_card(store, "creator", history)
    card["versions"][0]["name"] = ""
    card["versions"][0]["model_config"]["temperature"] = 9
    card["versions"][2]["starters"] = ["a", "b", "c", "d", "e"]
    card["versions"][2]["session_type"] = "therapy"
    before = len(store.query("bots"))
    with pytest.raises(CardError) as raised:
        import_card(store, "creator", json.dumps(card))
    problems = raised.value.problems
    assert "versions[0] (version 1).name: Name cannot be empty." in problems
    assert any(p.startswith("versions[0] (version 1).temperature:") for p in problems)
    assert "versions[2].session_type: must be coaching or brainstorming." in problems
    assert "Name cannot be empty" in str(raised.value)
    assert len(store.query("bots")) == before


def test_the_active_version_needs_a_model_the_key_can_use(store, history):
    card = card_json(export_card(store, "creator", history))
    with pytest.raises(CardError, match="cannot use gpt-4o-mini"):
        import_card(store, "creator", card, allowed_models=["llama-3"])


def test_a_card_from_a_newer_gptlab_is_refused_clearly(store, history):
    card = export_card(store, "creator", history)
    card["schema_version"] = CARD_SCHEMA_VERSION + 1
    with pytest.raises(CardError, match="newer GPT Lab"):
        import_card(store, "creator", json.dumps(card))


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe not text", "not UTF-8"),
        (b"{not json", "not JSON"),
        (b'{"name": "Maya"}', "not a GPT Lab assistant card"),
        (b"[" * 100_000, "not JSON"),
        (b" " * (5 * 1024 * 1024), "over 4 MiB"),
    ],
)
def test_files_that_are_not_cards_get_a_clear_message(store, raw, message):
    with pytest.raises(CardError, match=message):
        import_card(store, "creator", raw)


def test_a_card_carries_the_sentence_classes_of_each_version(store):
    prompt = PROMPT + " Our placement rate was 71 percent."
    bot = make_coach(store, prompt)
    draft = replace(
        draft_of(get_bot_config(store, bot)),
        sentence_classes=(("Our placement rate was 71 percent.", "secret"),),
    )
    save_changes(store, "creator", bot, 1, draft)
    card = export_card(store, "creator", bot)
    saved = next(version for version in card["versions"] if version["number"] == 2)
    assert saved["sentence_classes"] == [
        {"text": "Our placement rate was 71 percent.", "class": "secret"}
    ]
    store.set("users/importer", {"bots_created": 0})
    copy = import_card(store, "importer", card_json(card).encode()).code
    assert get_bot_config(store, copy).sentence_classes == draft.sentence_classes
    saved["sentence_classes"] = [{"text": "x", "class": "public"}]
    with pytest.raises(CardError, match="sentence_classes"):
        import_card(store, "importer", card_json(card).encode())


# ---------------------------------------------------------------- numbers, versions, changes


def edited(store, bot, change) -> str:
    """The assistant's card as JSON text after `change(card)` edits it, as a person might."""
    card = export_card(store, "creator", bot)
    change(card)
    return card_json(card)


def problems_of(store, raw) -> list[str]:
    with pytest.raises(CardError) as raised:
        import_card(store, "creator", raw)
    return raised.value.problems


@pytest.mark.parametrize(
    ("field", "literal", "said"),
    [
        ("max_tokens", "Infinity", "Infinity is not a number a card can hold"),
        ("max_tokens", "-Infinity", "-Infinity is not a number a card can hold"),
        ("max_tokens", "NaN", "NaN is not a number a card can hold"),
        ("temperature", "NaN", "NaN is not a number a card can hold"),
        ("top_p", "1e400", "1e400 is too large for a card"),
        ("max_tokens", "9" * 5000, "is too large for a card"),
        ("presence_penalty", "1" + "0" * 30, "is too large for a card"),
    ],
)
def test_infinity_nan_and_huge_numbers_are_refused_naming_the_field(
    store, history, field, literal, said
):
    card = card_json(export_card(store, "creator", history))
    value = json.dumps(json.loads(card)["versions"][0]["model_config"][field])
    raw = card.replace(f'"{field}": {value}', f'"{field}": {literal}', 1)
    problems = problems_of(store, raw)
    assert len(problems) == 1
    assert problems[0].startswith(f"versions[0].model_config.{field}: ")
    assert said in problems[0]
    assert len(store.query("bots")) == 1  # nothing stored


@pytest.mark.parametrize(
    ("number", "said"),
    [
        (10**30, "is too large for a card"),
        (10_001, "must be 1 to 10,000 (10001 now)"),
        (0, "must be 1 to 10,000 (0 now)"),
        (-3, "must be 1 to 10,000 (-3 now)"),
        (2.5, "must be a whole number"),
    ],
)
def test_a_version_number_outside_1_to_10000_is_refused(store, history, number, said):
    def change(card):
        card["versions"][2]["number"] = number
        card["active_version"] = number

    problems = problems_of(store, edited(store, history, change))
    assert any(p.startswith("versions[2].number: ") and said in p for p in problems), problems


def test_versions_numbered_from_anywhere_import_as_1_to_n_in_their_order(store, history):
    def change(card):  # 1, 2, 3 (restores 1) become 5, 9, 12 (restores 5), listed out of order
        for version, number in zip(card["versions"], (5, 9, 12), strict=True):
            version["number"] = number
        card["versions"][2]["restored_from"] = 5
        card["active_version"] = 12
        card["versions"].reverse()

    imported = import_card(store, "creator", edited(store, history, change))
    assert imported.notes == (
        "Its versions are numbered 1 to 3 here, in the card's order (the card numbered them "
        "5, 9, 12); their notes keep the card's wording.",
    )
    versions = list_versions(store, "creator", imported.code)
    assert [(v.number, v.note, v.restored_from) for v in versions] == [
        (3, "Restored version 1", 1),
        (2, "brief, phone, starters", None),
        (1, "First version", None),
    ]
    assert get_bot_config(store, imported.code).version == 3
    again = export_card(store, "creator", imported.code)  # export no longer skips it
    assert [v["number"] for v in again["versions"]] == [1, 2, 3]
    assert again["versions"][1]["allowed_phrases"] == ["Call 555-0100 for help."]


def test_a_card_numbered_1_to_n_says_nothing_about_numbers(store, history):
    imported = import_card(store, "creator", card_json(export_card(store, "creator", history)))
    assert imported.notes == ()


def test_a_changed_list_over_20_entries_or_40_characters_is_refused(store, history):
    def many(card):
        card["versions"][1]["changed"] = ["prompt"] * 20_000

    def long(card):
        card["versions"][1]["changed"] = ["prompt", "x" * 41]

    assert "versions[1].changed: at most 20 entries (20,000 now)." in problems_of(
        store, edited(store, history, many)
    )
    assert "versions[1].changed[1]: at most 40 characters (41 now)." in problems_of(
        store, edited(store, history, long)
    )


def test_an_imported_assistant_gets_a_readable_code(store, history):
    code = import_card(store, "creator", card_json(export_card(store, "creator", history))).code
    assert re.fullmatch(
        r"[23456789abcdefghjkmnpqrstuvwxyz]{5}-[23456789abcdefghjkmnpqrstuvwxyz]{5}", code
    )
    typed = code.upper().replace("-", " ")
    assert get_bot(store, typed).bot_id == code
    assert get_bot_config(store, code).initial_prompt == PROMPT


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            lambda card: card["versions"][0].update(session_type=["coaching"]),
            "versions[0].session_type: must be coaching or brainstorming.",
        ),
        (
            lambda card: card["versions"][0].update(
                sentence_classes=[{"text": "x", "class": ["secret"]}]
            ),
            "versions[0].sentence_classes: must be a list of {text, class}",
        ),
        (lambda card: card.update(profile=["private"]), None),
    ],
)
def test_a_field_of_the_wrong_kind_is_named_not_a_crash(store, history, change, said):
    raw = edited(store, history, change)
    if said is None:  # a profile that is not an object: the card imports, Unlisted
        code = import_card(store, "creator", raw).code
        assert get_bot(store, code, "creator").visibility == "unlisted"
        return
    assert any(p.startswith(said) for p in problems_of(store, raw))


# ---------------------------------------------------------------- all or nothing


@pytest.mark.parametrize("failing_commit", [2, 3])
def test_an_import_the_database_fails_midway_leaves_nothing_behind(
    store, history, monkeypatch, caplog, failing_commit
):
    """A card stored in three batches (of three writes or so here); the database fails once, at
    the second or the last. Nothing of the import remains, and it can be retried."""
    card = card_json(export_card(store, "creator", history))
    store.set("users/importer", {"bots_created": 0})
    monkeypatch.setattr("store.batches.BATCH_WRITES", 3)
    faults = CommitFaults(store, monkeypatch).arm({failing_commit})
    with pytest.raises(StoreUnavailable):
        import_card(store, "importer", card)
    assert any("/prompts/" in path for path in faults.created)  # the first batch was stored
    left = [path for path in faults.created if store.get_or_none(path) is not None]
    assert left == []
    assert store.query("imports") == []
    assert store.query("bots", {"creator_user_id": "importer"}) == []
    assert store.get("users/importer")["bots_created"] == 0
    assert "A card import failed; removed the" in caplog.text
    faults.disarm()
    code = import_card(store, "importer", card).code
    assert get_bot_config(store, code).initial_prompt == PROMPT
    assert store.get("users/importer")["bots_created"] == 1


def test_a_copy_next_to_its_original_is_named_imported_in_every_version(store, history):
    card = card_json(export_card(store, "creator", history))
    first = import_card(store, "creator", card)
    second = import_card(store, "creator", card)
    assert (first.name, second.name) == ("Maya (imported)", "Maya (imported 2)")
    assert get_bot(store, first.code).name == "Maya (imported)"
    assert {v["name"] for v in export_card(store, "creator", first.code)["versions"]} == {
        "Maya (imported)"
    }
    assert get_bot(store, history).name == "Maya"  # the original keeps its name


def test_an_import_mark_keeps_a_long_name_within_30_characters():
    long = "A" * 30
    assert import_mark("Maya", set()) == ""
    assert import_mark("Maya", {"maya"}) == " (imported)"
    assert import_mark(long, {long.casefold()}) == " (imported)"
    marked = "A" * 19 + " (imported)"
    assert len(marked) == 30
    assert import_mark(long, {long.casefold(), marked.casefold()}) == " (imported 2)"
