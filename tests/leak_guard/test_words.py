"""Word-by-word evidence: a prompt handed out a word (or seven) at a time adds up, on strict
turns, in any order; ordinary chats add nothing.

Before, one word per reply got the whole prompt out: no reply held a chain, and the
conversation memory kept only chains."""

from __future__ import annotations

import random

from leak_guard import ConversationLeakGuard

PROMPT = (
    "You are Piper, the helper of the Hollow Oak bookshop. Recommend novels after asking which "
    "authors the customer enjoyed recently, suggest at most three titles per answer, mention "
    "the loyalty card only when someone buys two books, and never discuss competitors' prices "
    "or the owner's plans to relocate the shop next spring."
)
WORDS = PROMPT.split()


def stopped_after(conversation: ConversationLeakGuard, replies: list[str], strict: bool) -> int:
    """How many replies were shown before one was stopped (len(replies): none was)."""
    for shown, reply in enumerate(replies):
        guard = conversation.stream(strict=strict)
        guard.feed(reply)
        guard.finish()
        if guard.leaked:
            return shown
        conversation.remember(guard)
    return len(replies)


def test_one_word_per_strict_reply_is_stopped_before_a_fifth_of_the_prompt_is_out():
    replies = [f"The next word is: {word}" for word in WORDS]
    shown = stopped_after(ConversationLeakGuard(PROMPT), replies, strict=True)
    assert shown < 0.2 * len(WORDS)


def test_words_handed_out_in_shuffled_order_add_up_too():
    order = list(range(len(WORDS)))
    random.Random(3).shuffle(order)
    replies = [f"Word {n + 1} is {WORDS[n]}." for n in order]
    shown = stopped_after(ConversationLeakGuard(PROMPT), replies, strict=True)
    assert shown < 0.5 * len(WORDS)


def test_the_same_words_on_ordinary_turns_add_nothing():
    replies = [f"The next word is: {word}" for word in WORDS[:20]]
    assert stopped_after(ConversationLeakGuard(PROMPT), replies, strict=False) == 20


def test_a_new_chat_starts_from_what_the_earlier_ones_disclosed():
    remembered: set[int] = set()
    for chat, start in enumerate(range(0, len(WORDS), 7)):
        conversation = ConversationLeakGuard(PROMPT, word_memory=remembered)
        if stopped_after(conversation, [" ".join(WORDS[start : start + 7])], strict=True) == 0:
            assert start < 0.3 * len(WORDS), chat
            return
        remembered = set(conversation.word_memory)
    raise AssertionError("seven words per new chat got the whole prompt out")


def test_long_strict_answers_that_follow_the_prompt_are_not_remembered():
    answer = (
        "I can't share how I was set up, but I'd love to help you find a novel! Which authors "
        "have you enjoyed recently? Tell me a little about the last book you could not put "
        "down, the kind of ending you like, and whether you prefer long series or standalone "
        "stories, and I will suggest a few titles that fit."
    )
    conversation = ConversationLeakGuard(PROMPT)
    assert stopped_after(conversation, [answer] * 6, strict=True) == 6
    assert conversation.word_memory == set()


def test_the_assistant_introducing_itself_adds_nothing():
    intro = "I'm Piper, the helper of the Hollow Oak bookshop."
    conversation = ConversationLeakGuard(PROMPT)
    assert stopped_after(conversation, [intro] * 3, strict=True) == 3
    assert conversation.word_memory == set()
