"""Models and what they are sent: configs, context windows, which endpoint a model needs, and
the conversation shaped by session type (brainstorming window, coaching summary).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Message = dict[str, str]

# Legacy completions: the conversation is flattened into one prompt with these markers.
START_SEQUENCE = "|SP|"
RESTART_SEQUENCE = "|USER|"

BRAINSTORMING_WINDOW = 20
COACHING_KEEP_LAST = 4
COACHING_SUMMARY_AT = 0.6
DEFAULT_CONTEXT_WINDOW = 8_192
# A reply longer than this is cut where it is (a 4,096-token reply is ~16,000 characters): whatever
# a provider sends, a stored message stays far under the database's 1 MiB document limit.
MAX_REPLY_CHARS = 40_000

# Longest matching prefix wins; unknown models get the conservative default.
CONTEXT_WINDOWS: dict[str, int] = {
    "gpt-5": 400_000,
    "gpt-4.1": 1_047_576,
    "gpt-4o": 128_000,
    "gpt-4-turbo": 128_000,
    "gpt-4": 8_192,
    "gpt-3.5-turbo-instruct": 4_096,
    "gpt-3.5-turbo": 16_385,
    "o1-mini": 128_000,
    "o1": 200_000,
    "o3": 200_000,
    "o4-mini": 200_000,
    "chatgpt-4o": 128_000,
}
_REASONING_PREFIXES = ("o1", "o3", "o4", "gpt-5")
_COMPLETIONS_MARKERS = ("instruct", "davinci", "babbage")
_NON_CHAT_MARKERS = (
    "embed",
    "whisper",
    "tts",
    "dall-e",
    "image",
    "audio",
    "realtime",
    "transcribe",
    "moderation",
    "search",
    "computer-use",
    "codex",
    "sora",
    "babbage-002",
    "davinci-002",
)


@dataclass(frozen=True)
class ModelConfig:
    model: str
    max_tokens: int = 1000
    temperature: float = 0.7
    top_p: float = 1.0
    frequency_penalty: float = 0.0
    presence_penalty: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "top_p": self.top_p,
            "frequency_penalty": self.frequency_penalty,
            "presence_penalty": self.presence_penalty,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelConfig:
        return cls(**{key: data[key] for key in cls.__dataclass_fields__ if key in data})


def context_window(model: str) -> int:
    name = model.lower()
    matches = [prefix for prefix in CONTEXT_WINDOWS if name.startswith(prefix)]
    return CONTEXT_WINDOWS[max(matches, key=len)] if matches else DEFAULT_CONTEXT_WINDOW


def uses_completions_endpoint(model: str) -> bool:
    return any(marker in model.lower() for marker in _COMPLETIONS_MARKERS)


def is_reasoning_model(model: str) -> bool:
    return model.lower().startswith(_REASONING_PREFIXES)


def chat_capable_models(model_ids: Sequence[str]) -> list[str]:
    """Models a person can chat with: everything but embeddings, speech, images and the like."""
    usable = set()
    for model in model_ids:
        name = model.lower()
        if name.startswith("gpt-3.5-turbo-instruct") or not any(
            marker in name for marker in _NON_CHAT_MARKERS
        ):
            usable.add(model)
    return sorted(usable)


# ---------------------------------------------------------------- conversation shaping


def flatten_for_completions(messages: Sequence[Mapping[str, str]]) -> str:
    """One prompt for instruct models: user turns follow |USER|, replies follow |SP|."""
    parts = []
    for message in messages:
        if message["role"] == "system":
            parts.append(message["content"])
        elif message["role"] == "user":
            parts.append(f"{RESTART_SEQUENCE} {message['content']}")
        else:
            parts.append(f"{START_SEQUENCE} {message['content']}")
    parts.append(START_SEQUENCE)
    return "\n".join(parts)


def brainstorming_payload(system: Sequence[Message], history: Sequence[Message]) -> list[Message]:
    """Brainstorming sessions send the hidden prompt plus the last 20 messages."""
    return [*system, *history[-BRAINSTORMING_WINDOW:]]


def needs_summary(total_tokens: int, model: str) -> bool:
    """Coaching sessions condense once a turn has used 60% of the model's context window."""
    return total_tokens >= COACHING_SUMMARY_AT * context_window(model)


def coaching_payload(
    system: Sequence[Message], summary: str, history: Sequence[Message]
) -> list[Message]:
    """After condensing: hidden prompt, the summary so far, then every message since it was
    made (the last four before it, and all after). The window filling again rolls it forward."""
    note = {"role": "system", "content": f"Summary of the conversation so far:\n{summary}"}
    return [*system, note, *history]
