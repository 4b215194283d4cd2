"""The shapes of the leak corpus: a hidden prompt with its replies, and one labelled reply."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Prompt:
    key: str
    text: str
    allowed: tuple[str, ...] = ()
    translations: tuple[str, ...] = ()
    paraphrases: tuple[str, ...] = ()
    benign: tuple[str, ...] = ()
    topical: tuple[str, ...] = ()  # hard negatives: many of the prompt's topic words, no leak
    instructed: tuple[str, ...] = ()  # say what the prompt tells the assistant to say: no leak


@dataclass(frozen=True)
class Case:
    prompt: Prompt
    kind: str
    reply: str
    leaking: bool
    segment: str = ""  # the leaked part, as it appears in the reply
