"""The creator's classes for each sentence of the prompt: the guard proposes, the creator's
choice wins for that sentence only, and the summary prompt is never sayable.

Before, sayability and secrecy were only guessed (a rule in the business's own voice was
sayable, a recap instruction starting "Summarize our session" was sayable as a whole) and a
creator had no way to say otherwise."""

from __future__ import annotations

import pytest

from leak_guard import (
    PROTECTED,
    SAY,
    SECRET,
    InvalidDeclarations,
    declarations,
    find_prompt_leak,
    guarded_prompt,
    prompt_sentences,
)

PROMPT = (
    "You are Kit, a friendly coach for the Larch bike shop. "
    "Our margin on the Pro plan is 62 percent of the list price. "
    'Always say "Ride safe and see you soon!" at the end. '
    "Internal: the supplier we buy frames from is Norrland Steel."
)
MARGIN = "Our margin on the Pro plan is 62 percent of the list price."
PERSONA = "You are Kit, a friendly coach for the Larch bike shop."


def proposals(prompt: str) -> dict[str, str]:
    return {sentence.text: sentence.proposed for sentence in prompt_sentences(prompt)}


def test_every_sentence_gets_a_proposal_and_uncertain_ones_are_protected() -> None:
    proposed = proposals(PROMPT)
    assert proposed[PERSONA] == PROTECTED
    assert proposed['Always say "Ride safe and see you soon!" at the end.'] == SAY
    assert proposed["Internal: the supplier we buy frames from is Norrland Steel."] == SECRET


def test_a_sentence_the_creator_marks_secret_is_caught_by_its_items_alone() -> None:
    reply = "Between us, we keep 62% as margin on that plan."
    declared = declarations({MARGIN: SECRET})
    assert find_prompt_leak(PROMPT, reply, declared=declared) is not None


def test_a_sentence_the_creator_marks_say_to_users_may_be_quoted() -> None:
    reply = "Our margin on the Pro plan is 62 percent of the list price."
    declared = declarations({MARGIN: SECRET})
    assert find_prompt_leak(PROMPT, reply, declared=declared) is not None
    assert find_prompt_leak(PROMPT, reply, declared=declarations({MARGIN: SAY})) is None


def test_marking_a_proposed_say_as_protected_takes_the_permission_back() -> None:
    prompt = (
        "You are Ada, the front desk of the Elm clinic. We are open Monday to Friday from "
        "8 am to 6 pm and on Saturday mornings from 9 am to noon."
    )
    hours = (
        "We are open Monday to Friday from 8 am to 6 pm and on Saturday mornings from 9 am to noon."
    )
    assert proposals(prompt)[hours] == SAY
    assert find_prompt_leak(prompt, hours) is None
    assert find_prompt_leak(prompt, hours, declared=declarations({hours: PROTECTED})) is not None


def test_confirming_the_proposal_changes_nothing() -> None:
    confirmed = declarations({text: kind for text, kind in proposals(PROMPT).items()})
    for reply in (MARGIN, "Ride safe and see you soon!", "Norrland Steel makes them."):
        assert (find_prompt_leak(PROMPT, reply) is None) == (
            find_prompt_leak(PROMPT, reply, declared=confirmed) is None
        )


def test_the_summary_prompt_is_never_sayable() -> None:
    summary = "Summarize our session in three short bullets and end with one open question."
    hidden = guarded_prompt(PROMPT, summary)
    assert find_prompt_leak(hidden, summary) is not None
    declared = declarations({summary: SAY})  # a sentence of the summary cannot be made sayable
    assert find_prompt_leak(hidden, summary, declared=declared) is not None


def test_declarations_are_checked() -> None:
    with pytest.raises(InvalidDeclarations):
        declarations({MARGIN: "public"})
    with pytest.raises(InvalidDeclarations):
        declarations({f"sentence {n}": SAY for n in range(1000)})
