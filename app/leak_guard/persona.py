"""The persona line, which an assistant says in the first person when it greets.

"You are Iris, a writing coach who loves ideas." is an instruction, but "I'm Iris, a writing
coach who loves ideas." is how the assistant introduces itself, and the first thing a visitor
sees: a guard that calls it a leak replaces the greeting with a refusal. A whole-reply check
therefore reads the reply without the first-person self-introduction; the persona line itself
stays protected (restating "You are Iris, ..." still counts), and so does the rest of the
prompt. A long persona line, or one with a number in it, may carry rules or secrets: it is not
treated as a self-introduction.
"""

from __future__ import annotations

import functools
import re

from leak_guard.text import canonical_tokens, sentences

_OPENER = re.compile(
    r"(?:you are|you['’]re|your name is|act as|eres|t[úu] eres|usted es|te llamas|du bist|"
    r"dein name ist|tu es|vous [êe]tes|tu t['’]appelles|voc[êe] [ée]|tu [ée]s)\s+"
    r"|(?:你是|您是|あなたは|君は|당신은|너는)\s*",
    re.IGNORECASE,
)
_FIRST_PERSON = (
    r"(?:I['’]m|I am|my name is|soy|me llamo|ich bin|ich hei(?:ß|ss)e|je suis|"
    r"je m['’]appelle|eu sou|sou|我是|我叫|私は|僕は|わたしは|저는|나는)"
)
_PIECES = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")
PERSONA_SENTENCES = 2  # the persona line opens a prompt
PERSONA_MAX_WORDS = 30
PERSONA_MAX_CHARS = 200
MIN_PIECES = 2  # "I'm Iris" alone says nothing; the mask needs the name and more


def persona_description(prompt: str) -> str | None:
    """What follows "You are" in the prompt's persona line, if it has one."""
    for sentence in sentences(prompt)[:PERSONA_SENTENCES]:
        opener = _OPENER.match(sentence)
        if opener is None:
            continue
        if (
            len(sentence.split()) > PERSONA_MAX_WORDS
            or len(sentence) > PERSONA_MAX_CHARS
            or _DIGIT.search(sentence)
        ):
            return None
        return sentence[opener.end() :]
    return None


@functools.lru_cache(maxsize=256)
@functools.lru_cache(maxsize=256)
def _self_introduction(prompt: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The persona's name alone (a literal, searched fast) and the whole self-introduction: the
    full pattern tries eighteen openers at every position, so it runs only where the name is."""
    description = persona_description(prompt)
    pieces = _PIECES.findall(description or "")
    if len(pieces) < MIN_PIECES:
        return None
    # "I'm" + the longest prefix of the description the reply gives, punctuation free.
    tail = ""
    for piece in reversed(pieces[MIN_PIECES:]):
        tail = rf"(?:[\W_]*{re.escape(piece)}{tail})?"
    head = r"[\W_]*".join(re.escape(piece) for piece in pieces[:MIN_PIECES])
    name = re.compile(re.escape(pieces[0]), re.IGNORECASE)
    return name, re.compile(rf"{_FIRST_PERSON}[\W_]*{head}{tail}", re.IGNORECASE)


_OPENER_WORDS = (
    "i'm", "i am", "my name is", "soy", "me llamo", "ich bin", "ich heiße", "ich heisse",
    "je suis", "je m'appelle", "eu sou", "我是", "我叫", "私は", "僕は", "わたしは", "저는", "나는",
)  # fmt: skip
SELF_OPENERS = frozenset(
    tuple(token for token, _ in canonical_tokens(words)) for words in _OPENER_WORDS
)


@functools.lru_cache(maxsize=256)
def persona_tokens(prompt: str) -> tuple[str, ...]:
    """The persona line's description as canonical tokens ("iris", "a", "writing", ...): what a
    streamed reply may say right after "I'm" without it counting (`leak_guard.scan`)."""
    description = persona_description(prompt)
    if description is None or len(_PIECES.findall(description)) < MIN_PIECES:
        return ()
    return tuple(token for token, _ in canonical_tokens(description))


def without_self_introduction(prompt: str, reply: str) -> str:
    """The reply with the assistant's first-person self-introduction blanked out (same length,
    so positions in the reply do not move)."""
    patterns = _self_introduction(prompt)
    if patterns is None or patterns[0].search(reply) is None:
        return reply
    return patterns[1].sub(lambda match: " " * len(match.group(0)), reply)
