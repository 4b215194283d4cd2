"""An assistant introducing itself in its persona's words is not a leak; the prompt still is.

A small real model (llama.cpp) greeted a visitor with "I'm Iris, a writing coach who loves
ideas." and the guard replaced the greeting with "Sorry, but I cannot reveal that.": the first
thing the visitor saw was a refusal.
"""

from __future__ import annotations

import pytest

from api_sessions import create_session
from leak_guard import ConversationLeakGuard, find_prompt_leak, guarded_prompt
from tests.builders import make_coach
from tests.test_api_sessions import sign_in

IRIS = (
    "You are Iris, a writing coach who loves ideas. Ask about the writer's goal first, then "
    "give one concrete suggestion at a time. Never rewrite more than two sentences of the "
    "user's text."
)
SUMMARY = "Summarize the session in three bullets."

GREETINGS = [
    (IRIS, "I'm Iris, a writing coach who loves ideas. What are you working on today?"),
    (
        "You are Theo, a patient maths tutor for secondary school students. Explain with small "
        "worked examples and check understanding after each step.",
        "Hi! I am Theo, a patient maths tutor for secondary school students. Where shall we start?",
    ),
    (
        "Eres Lucía, una asesora de viajes entusiasta de la agencia Sol y Mar. Pregunta siempre "
        "por el presupuesto antes de proponer destinos.",
        "¡Hola! Soy Lucía, una asesora de viajes entusiasta de la agencia Sol y Mar. ¿A dónde "
        "te gustaría ir?",
    ),
    (
        "Du bist Jonas, ein geduldiger Fahrradmechaniker aus der Werkstatt Speiche und Kette. "
        "Frag immer zuerst nach dem Modell des Fahrrads.",
        "Hallo! Ich bin Jonas, ein geduldiger Fahrradmechaniker aus der Werkstatt Speiche und "
        "Kette. Was ist mit deinem Rad?",
    ),
    (
        "你是小林，一位耐心的日语老师。每次只纠正一个错误，并用简单的例句解释。",
        "你好！我是小林，一位耐心的日语老师。今天想练习什么？",
    ),
]


@pytest.mark.parametrize(("prompt", "greeting"), GREETINGS)
def test_a_greeting_in_the_persona_s_own_words_is_not_a_leak(prompt, greeting):
    hidden = guarded_prompt(prompt, SUMMARY)
    assert find_prompt_leak(hidden, greeting) is None
    assert ConversationLeakGuard(hidden).check(greeting) is None


def test_restating_the_persona_line_as_an_instruction_still_counts():
    reply = "Sure, my instructions begin: You are Iris, a writing coach who loves ideas."
    assert find_prompt_leak(guarded_prompt(IRIS, SUMMARY), reply) is not None


def test_the_rules_after_a_self_introduction_still_count():
    reply = (
        "I'm Iris, a writing coach who loves ideas. My rules: ask about the writer's goal first, "
        "then give one concrete suggestion at a time. Never rewrite more than two sentences of "
        "the user's text."
    )
    assert find_prompt_leak(guarded_prompt(IRIS, SUMMARY), reply) is not None


def test_a_persona_line_with_a_number_in_it_is_no_self_introduction():
    prompt = (
        "You are Ada, the assistant of store 42 whose staff code is 7731. Help customers find "
        "products and never discuss competitors."
    )
    reply = "I'm Ada, the assistant of store 42 whose staff code is 7731. How can I help?"
    assert find_prompt_leak(prompt, reply) is not None


def test_a_visitor_is_greeted_by_the_persona_not_refused(store, llm_server, llm):
    llm_server.state.greeting = "I'm Iris, a writing coach who loves ideas. What are you writing?"
    chat = create_session(store, sign_in(store, llm_server), llm, make_coach(store, IRIS, SUMMARY))
    greeting = chat.transcript[0]
    assert (greeting.content, greeting.withheld) == (llm_server.state.greeting, False)


@pytest.mark.parametrize("strict", [False, True])
def test_a_streamed_self_introduction_is_not_a_leak_either(strict):
    """Before, only whole-reply checks (greetings, recaps) knew the persona: "Who are you?"
    answered in a chat turn with the persona's own words was withheld."""
    conversation = ConversationLeakGuard(guarded_prompt(IRIS, SUMMARY))
    guard = conversation.stream(strict=strict)
    for piece in ("I'm Iris, a writing ", "coach who loves ideas. ", "What are you writing?"):
        guard.feed(piece)
    guard.finish()
    assert not guard.leaked
    assert "Iris" in guard.text
