"""The prompt-leak guard: keeps a creator's hidden prompt out of what visitors see.

It imports nothing of the app but its own modules: text (canonical tokens, sentences),
sayable (what the prompt tells the assistant to say, what it calls secret), classes (the
creator's Protected / Secret / Say per sentence), items (a secret's codes, amounts, names),
persona (the assistant's self-introduction), index (one per prompt version), decoders and
alphabets (views of encoded and spelled-out text), stage and ciphers (the decoding stage),
canaries, words (word-by-word evidence), chain (seed-and-chain alignment), item_scan, scan and
guard (streaming and conversation guards). This is its public API.
"""

from __future__ import annotations

from leak_guard.canaries import with_canaries
from leak_guard.classes import (
    CLASS_LABELS,
    PROTECTED,
    SAY,
    SECRET,
    Declarations,
    InvalidDeclarations,
    PromptSentence,
    declarations,
    prompt_sentences,
)
from leak_guard.guard import (
    DEFAULT_THRESHOLD,
    LEAK_REPLACEMENT,
    ConversationLeakGuard,
    StreamingLeakGuard,
    find_prompt_leak,
    guarded_prompt,
    is_prompt_leak,
)
from leak_guard.sayable import sayable_parts
from leak_guard.text import canonical_tokens, sentences

__all__ = [
    "CLASS_LABELS",
    "PROTECTED",
    "SAY",
    "SECRET",
    "Declarations",
    "InvalidDeclarations",
    "PromptSentence",
    "declarations",
    "prompt_sentences",
    "ConversationLeakGuard",
    "DEFAULT_THRESHOLD",
    "LEAK_REPLACEMENT",
    "StreamingLeakGuard",
    "canonical_tokens",
    "find_prompt_leak",
    "guarded_prompt",
    "is_prompt_leak",
    "sayable_parts",
    "sentences",
    "with_canaries",
]
