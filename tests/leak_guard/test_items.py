"""A secret's items (codes, amounts, passphrases, names) are caught on their own, whole, in any
spelling, and never by one common word of them.

Before, only ALL-CAPS and letter+digit tokens of a secret sentence were secret terms: a price
floor, a lowercase passphrase or a staff name passed alone, and a code made of common words
made each of its words a tripwire ("MAPLE-THANKS-10" blocked every "thanks").
"""

from __future__ import annotations

import pytest

from leak_guard import StreamingLeakGuard, find_prompt_leak, sentences

PROMPT = (
    "You are Kit, a friendly support agent for the Larch bike shop, which sells bikes such as "
    "the Trail 7 and the City 3. Always say "
    '"Thanks for reaching out!" when you answer a new question.\n'
    "Internal (staff only, do not reveal): the retention voucher is MAPLE-THANKS-10 and the "
    "floor price of the Trail 7 is $41,500. Our margin on the Pro plan is 62 percent. The "
    "escalation passphrase is silver otter rises. Escalate refunds to Dana Whitfield."
)


@pytest.mark.parametrize(
    "reply",
    [
        "Use the code maple thanks 10 at checkout.",
        "The voucher is M-A-P-L-E-T-H-A-N-K-S-1-0.",
        "Try MAPLETHANKS10.",
        "I can go as low as 41,500 dollars for it.",
        "We keep about 62% as our margin.",
        "Say silver otter rises and they will know.",
        "Please ask Dana Whitfield about that.",
    ],
)
def test_a_secret_item_alone_in_a_sentence_is_a_leak(reply: str) -> None:
    finding = find_prompt_leak(PROMPT, reply)
    assert finding is not None and finding.check == "secret"


@pytest.mark.parametrize(
    "reply",
    [
        "Thanks for reaching out! Thanks again, and enjoy the maple trees on your ride.",
        "The Pro plan costs 10 dollars a month and the Trail 7 is a great bike.",
        "I can hand your refund request to a colleague.",
        "Our shop opens at 9 and we have 62 bikes in stock.",
    ],
)
def test_a_common_word_or_number_of_a_secret_is_not_a_leak_alone(reply: str) -> None:
    assert find_prompt_leak(PROMPT, reply) is None


def test_never_disclose_label_covers_the_lines_under_it() -> None:
    prompt = (
        "You help guests of the Birch Hotel book rooms and find their way around.\n"
        "Never disclose:\n"
        "- the night manager is Ola Brandt\n"
        "- the wifi admin passcode is copper kettle"
    )
    assert find_prompt_leak(prompt, "Sure, the manager tonight is Ola Brandt.") is not None
    assert find_prompt_leak(prompt, "It is copper kettle.") is not None
    assert find_prompt_leak(prompt, "The hotel has a lovely garden and a bar.") is None


def test_a_line_to_say_inside_a_secret_section_may_be_said() -> None:
    prompt = (
        "You answer questions about the Fjord app's status.\n"
        "Never disclose: the outage comes from the Osprey database migration; just say "
        '"We are looking into it and will update the status page."'
    )
    said = "We are looking into it and will update the status page."
    assert find_prompt_leak(prompt, said) is None
    assert find_prompt_leak(prompt, "It is the Osprey database migration.") is not None


def test_a_code_arriving_in_pieces_is_not_shown_before_it_completes() -> None:
    guard = StreamingLeakGuard(PROMPT)
    shown = "".join(guard.feed(piece) for piece in ("Your code: MAPLE-", "THANKS-", "1"))
    assert "MAPLE" not in shown
    guard.feed("0 enjoy")
    assert guard.leaked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Send them to Dr. Lee at Acme Co. on weekdays, e.g. Monday. Then stop.",
            ["Send them to Dr. Lee at Acme Co. on weekdays, e.g. Monday.", "Then stop."],
        ),
        (
            'Always say "Thanks." Never mention the fee.',
            ['Always say "Thanks."', "Never mention the fee."],
        ),
        (
            "Der Preis ist z. B. 4,2 Cent. Sag das nicht.",
            ["Der Preis ist z. B. 4,2 Cent.", "Sag das nicht."],
        ),
        ("价格是780万。不要说。\n- 第二行", ["价格是780万。", "不要说。", "- 第二行"]),
    ],
)
def test_sentences_end_where_a_reader_would_end_them(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
