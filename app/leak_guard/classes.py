"""What the creator says each sentence of the prompt is: Protected, Secret, or Say to users.

The guard proposes a class for every sentence from the prompt's own wording (`sayable`:
quoted lines and "tell them ..." are sayable, what the prompt calls internal is secret, the rest
protected). The creator confirms or changes each in the Lab; a declaration overrides the
proposal for that sentence only, and is stored with the prompt's version by its text (a sentence
the creator edits becomes a new sentence, with a fresh proposal). Where the creator has not
looked, the proposal stands; uncertainty falls to Protected, never to Say.
- Protected: not to be restated (the default);
- Secret: never said, not even in part; its items (codes, amounts, names) count alone;
- Say to users: may be said word for word (the part the prompt gives to say, or all of it).
The summary prompt is always protected: nothing after SUMMARY_MARK is ever sayable.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from leak_guard.sayable import PromptSpans, find_spans
from leak_guard.text import MAX_PROMPT_CHARS, SUMMARY_MARK, sentences_with_spans

PROTECTED, SECRET, SAY = "protected", "secret", "say"
CLASS_LABELS = {PROTECTED: "Protected", SECRET: "Secret", SAY: "Say to users"}
MAX_DECLARED = 400  # a 4,000-character prompt has about 50 sentences
MAX_DECLARED_CHARS = 4_500

Declarations = tuple[tuple[str, str], ...]


class InvalidDeclarations(ValueError):
    """Classes that are not Protected, Secret or Say, or far more of them than a prompt has."""


def declarations(classes: Mapping[str, str] | Iterable[tuple[str, str]]) -> Declarations:
    """A creator's classes as the guard's cache key: (sentence, class) pairs, sorted, checked."""
    pairs = classes.items() if isinstance(classes, Mapping) else classes
    kept = {}
    for text, kind in pairs:
        if kind not in CLASS_LABELS:
            raise InvalidDeclarations(f"{kind!r} is not a class of sentence.")
        if not isinstance(text, str) or len(text) > MAX_DECLARED_CHARS:
            raise InvalidDeclarations("A declared sentence is longer than any prompt.")
        if text.strip():
            kept[text.strip()] = kind
    if len(kept) > MAX_DECLARED:
        raise InvalidDeclarations(f"At most {MAX_DECLARED} sentences can be declared.")
    return tuple(sorted(kept.items()))


@dataclass(frozen=True)
class PromptSentence:
    """One sentence of the prompt, with the guard's proposal and the creator's choice."""

    text: str
    start: int
    end: int
    proposed: str
    declared: str | None
    sayable: tuple[str, ...]  # what of it may be said, when its class is Say

    @property
    def effective(self) -> str:
        return self.declared or self.proposed


def _overlap(start: int, end: int, spans: Iterable[tuple[int, int]]) -> int:
    return sum(max(0, min(end, b) - max(start, a)) for a, b in spans)


def _proposal(prompt: str, start: int, end: int, spans: PromptSpans) -> tuple[str, tuple]:
    said = tuple(
        prompt[max(a, start) : min(b, end)].strip()
        for a, b in spans.sayable
        if a < end and b > start and prompt[max(a, start) : min(b, end)].strip()
    )
    if 2 * _overlap(start, end, spans.secret) >= end - start:
        return SECRET, said
    if said:
        return SAY, said
    return PROTECTED, ()


@functools.lru_cache(maxsize=64)
def prompt_sentences(prompt: str, declared: Declarations = ()) -> tuple[PromptSentence, ...]:
    """Every sentence of the prompt with its proposed and declared class (the Lab shows these)."""
    prompt = prompt[:MAX_PROMPT_CHARS]
    spans = find_spans(prompt)
    chosen = dict(declared)
    result = []
    for text, start, end in sentences_with_spans(prompt):
        proposed, said = _proposal(prompt, start, end, spans)
        result.append(PromptSentence(text, start, end, proposed, chosen.get(text), said))
    return tuple(result)


def _cut(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    kept = []
    for a, b in spans:
        if b <= start or a >= end:
            kept.append((a, b))
            continue
        if a < start:
            kept.append((a, start))
        if b > end:
            kept.append((end, b))
    return kept


@functools.lru_cache(maxsize=64)
def declared_spans(prompt: str, declared: Declarations = ()) -> PromptSpans:
    """The prompt's spans with the creator's classes applied over the proposals. A class the
    creator confirmed changes nothing; a changed one rewrites that sentence's spans."""
    spans = find_spans(prompt)
    if not declared:
        return spans
    sayable, secret = list(spans.sayable), list(spans.secret)
    summary = prompt.find(SUMMARY_MARK)
    for sentence in prompt_sentences(prompt, declared):
        if sentence.declared is None or sentence.declared == sentence.proposed:
            continue
        start, end = sentence.start, sentence.end
        if 0 <= summary < end:
            continue  # the summary prompt stays protected
        sayable, secret = _cut(sayable, start, end), _cut(secret, start, end)
        if sentence.declared == SECRET:
            secret.append((start, end))
        elif sentence.declared == SAY:
            sayable.append((start, end))
    return PromptSpans(tuple(sorted(set(sayable))), tuple(sorted(set(secret))))
