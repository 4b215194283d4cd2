"""The prompt-leak guard: does a reply (or a conversation) give away the creator's hidden prompt?

A leak discloses the prompt's instructions or secrets: the persona and rules text, its method,
anything it calls internal. Saying what the prompt tells the assistant to say (quoted lines,
disclaimers, policies, contact and crisis lines) is not a leak. The guard:
- indexes each prompt version once (`leak_guard.index`): canonical tokens weighted by rarity,
  sayable text and the creator's allowed phrases weighted zero, each sentence classed as the
  creator declared or the guard proposes (`classes`), secret items and canaries (`items`,
  `canaries`) caught whole on their own;
- scans replies incrementally (`leak_guard.scan`) over several views (as written, escapes
  undone, base64 / base32 / hex blobs and character codes decoded, symbol alphabets, look-alike
  letters, leetspeak, reversed words and text, pig latin, Caesar shifts) with seed-and-chain
  alignment that absorbs inserted numbers, fillers, bullets and table columns, and adjacent
  swaps; a finished reply's stretches that are no language go through a decoding stage (`stage`);
- remembers, per conversation, which prompt text earlier replies disclosed, and on strict turns
  every rare prompt word, in any order, across the visitor's chats (`words`), so a prompt
  handed out a few words at a time adds up.
What it cannot do: a capable model can always retell a prompt in its own words or another
language. The judge (`sessions.leak_judge`: a model call, so outside the guard) covers the
turns that ask for that; nothing makes extraction impossible, the guard makes it expensive.
"""

from __future__ import annotations

from collections.abc import Iterable

from leak_guard.classes import Declarations
from leak_guard.index import PromptIndex, knowledge_index, prompt_index
from leak_guard.persona import without_self_introduction
from leak_guard.scan import DEFAULT_SENTENCE_SHARE, LeakFinding, ReplyScanner
from leak_guard.text import KNOWLEDGE_MARK, MAX_KNOWLEDGE_CHARS, MAX_PROMPT_CHARS, SUMMARY_MARK
from leak_guard.words import WordEvidence

__all__ = [
    "DEFAULT_THRESHOLD",
    "LEAK_REPLACEMENT",
    "ConversationLeakGuard",
    "LeakFinding",
    "StreamingLeakGuard",
    "find_prompt_leak",
    "guarded_prompt",
    "is_prompt_leak",
    "with_knowledge",
]

LEAK_REPLACEMENT = "Sorry, but I cannot reveal that. Let's talk about something else."
DEFAULT_THRESHOLD = DEFAULT_SENTENCE_SHARE  # share of one prompt sentence that counts as a leak
_SENTENCE_MARKS = (".", "!", "?", "\n", "。", "！", "？")


def guarded_prompt(initial_prompt: str, summary_prompt: str = "") -> str:
    """Everything hidden from visitors: the initial prompt and the recap's summary prompt."""
    if not summary_prompt.strip():
        return initial_prompt
    return f"{initial_prompt}{SUMMARY_MARK}{summary_prompt}"


def with_knowledge(prompt: str, knowledge: str) -> str:
    """The guarded prompt with the confidential knowledge the model is shown this turn: after
    the summary mark, so none of it is ever sayable, and after the prompts, so their token
    positions (what a conversation remembers) are the same whatever the knowledge."""
    prompt = prompt[:MAX_PROMPT_CHARS]
    knowledge = knowledge.strip()[:MAX_KNOWLEDGE_CHARS]
    if not knowledge:
        return prompt
    summary = "" if SUMMARY_MARK in prompt else SUMMARY_MARK
    return f"{prompt}{summary}{KNOWLEDGE_MARK}{knowledge}"


def _index(
    prompt: str, allowed_phrases: Iterable[str], declared: Declarations = (), knowledge: str = ""
) -> PromptIndex | None:
    if not prompt.strip() and not knowledge.strip():
        return None
    if knowledge.strip():
        guarded = with_knowledge(prompt, knowledge)
        index = knowledge_index(guarded, tuple(allowed_phrases), declared)
    else:
        index = prompt_index(prompt[:MAX_PROMPT_CHARS], tuple(allowed_phrases), declared)
    return None if index.empty else index


def prompt_length(prompt: str) -> int:
    """How many token positions the prompts take: a conversation remembers only these (the
    knowledge after them changes from turn to turn)."""
    index = _index(prompt, ())
    return len(index.tokens) if index else 0


def find_prompt_leak(
    prompt: str,
    response: str,
    allowed_phrases: Iterable[str] = (),
    threshold: float = DEFAULT_THRESHOLD,
    declared: Declarations = (),
    knowledge: str = "",
) -> LeakFinding | None:
    """Why one reply leaks the prompt (check, view, prompt part), or None if it does not.
    `declared`: the creator's classes of the prompt's sentences (`leak_guard.declarations`);
    `knowledge`: confidential knowledge the model was shown, protected like the prompt."""
    index = _index(prompt, allowed_phrases, declared, knowledge)
    if index is None or not response.strip():
        return None
    scanner = ReplyScanner(index, threshold)
    scanner.feed(without_self_introduction(prompt, response))
    return scanner.finish()


def is_prompt_leak(prompt: str, response: str) -> bool:
    """True when the reply reveals the hidden prompt (the pure entry point other checks call)."""
    return find_prompt_leak(prompt, response) is not None


class StreamingLeakGuard:
    """Checks a reply as it streams and releases only text that cannot be the start of a leak.

    Each chunk is scanned once (linear work); text is held back from the start of any chain that
    could still grow into a leak, from any encoded blob still decoding to text, and the last
    unfinished word. `strict` holds everything until the reply ends (an extraction attempt).
    """

    def __init__(
        self,
        prompt: str,
        allowed_phrases: Iterable[str] = (),
        threshold: float = DEFAULT_THRESHOLD,
        memory: set[int] | None = None,
        strict: bool = False,
        hold_all: bool = False,
        declared: Declarations = (),
        word_memory: set[int] | None = None,
        knowledge: str = "",
    ) -> None:
        index = _index(prompt, allowed_phrases, declared, knowledge)
        words = WordEvidence(index, word_memory) if index and word_memory is not None else None
        self._scanner = ReplyScanner(index, threshold, memory, words) if index else None
        self._strict, self._hold_all = strict, hold_all
        self._sentence_end = 0  # strict mode releases whole sentences only
        self._chunks: list[str] = []
        self._held: list[str] = []  # received, not yet released
        self._length = 0
        self._released = 0
        self.finding: LeakFinding | None = None

    @property
    def leaked(self) -> bool:
        return self.finding is not None

    @property
    def text(self) -> str:
        return "".join(self._chunks)

    @property
    def disclosed(self) -> set[int]:
        return self._scanner.disclosed if self._scanner else set()

    @property
    def words_disclosed(self) -> set[int]:
        """Rare prompt words this reply carried, by position (strict turns only)."""
        scanner = self._scanner
        if scanner is None or scanner.words is None:
            return set()
        return scanner.words.to_remember(scanner.plain.r)

    def _release(self, end: int) -> str:
        if end <= self._released:
            return ""
        held = "".join(self._held)
        cut = end - self._released
        self._held = [held[cut:]] if held[cut:] else []
        self._released = end
        return held[:cut]

    def feed(self, chunk: str) -> str:
        """Take the next chunk; return the text that is now safe to show."""
        if self.leaked or not chunk:
            return ""
        self._chunks.append(chunk)
        self._held.append(chunk)
        self._length += len(chunk)
        if self._scanner is None:
            return self._release(self._length)
        self._scanner.feed(chunk)
        self.finding = self._scanner.finding
        if self.leaked or self._hold_all:
            return ""
        end = self._scanner.hold_from()
        if self._strict:
            last = max(chunk.rfind(mark) for mark in _SENTENCE_MARKS)
            if last >= 0:
                self._sentence_end = self._length - len(chunk) + last + 1
            end = min(end, self._sentence_end)
        return self._release(end)

    def finish(self) -> str:
        """The stream ended: finish the checks, then release the rest if the reply is clean."""
        if self.leaked:
            return ""
        if self._scanner is not None:
            self.finding = self._scanner.finish()
            if self.leaked:
                return ""
        return self._release(self._length)


class ConversationLeakGuard:
    """The guard for a whole conversation: remembers what earlier replies disclosed.

    A reply that, together with the replies before it, discloses more than a conversation may
    (the prompt handed out a few words per reply) is a leak. Withheld replies add nothing.
    """

    def __init__(
        self,
        prompt: str,
        allowed_phrases: Iterable[str] = (),
        threshold: float = DEFAULT_THRESHOLD,
        declared: Declarations = (),
        word_memory: Iterable[int] = (),
    ) -> None:
        self.prompt = prompt
        self.allowed_phrases = tuple(allowed_phrases)
        self.threshold = threshold
        self.declared = declared
        self.memory: set[int] = set()
        # Rare prompt words strict turns disclosed, here and in the visitor's earlier chats
        # with this version (`leak_guard.words`).
        self.word_memory: set[int] = set(word_memory)

    def stream(
        self, strict: bool = False, hold_all: bool = False, knowledge: str = ""
    ) -> StreamingLeakGuard:
        """A streaming guard for the next reply; call `remember` with it once the reply is kept.

        `strict` releases whole sentences only; `hold_all` releases nothing before the end (the
        reply waits for the judge); `knowledge`: the confidential knowledge this turn showed the
        model, protected like the prompt."""
        return StreamingLeakGuard(
            self.prompt,
            self.allowed_phrases,
            self.threshold,
            set(self.memory),
            strict,
            hold_all,
            self.declared,
            set(self.word_memory) if strict else None,
            knowledge,
        )

    def remember(self, guard: StreamingLeakGuard) -> None:
        """What a kept reply disclosed of the prompts adds up; of the knowledge, which differs
        from turn to turn, only within its turn."""
        if not guard.leaked:
            length = prompt_length(self.prompt)
            self.memory |= {p for p in guard.disclosed if p < length}
            self.word_memory |= {p for p in guard.words_disclosed if p < length}

    def check(self, reply: str, strict: bool = False, knowledge: str = "") -> LeakFinding | None:
        """Check a whole reply (a greeting, a recap; `strict`: a reply to an extraction
        attempt); a clean one is remembered. The assistant introducing itself in the first
        person is not a leak of its persona line."""
        guard = self.stream(strict=strict, knowledge=knowledge)
        guard.feed(without_self_introduction(self.prompt, reply))
        guard.finish()
        self.remember(guard)
        return guard.finding
