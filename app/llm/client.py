"""The LLM wrapper: one client per signed-in user, chat and legacy completions behind one
streaming interface, errors a person understands, conversation truncation and the leak guard.
"""

from __future__ import annotations

import functools
import logging
import secrets
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import openai

from api_util_input import has_broken_characters, mend_surrogates
from api_util_leak_guard import LEAK_REPLACEMENT, find_prompt_leak, is_prompt_leak
from api_util_openai_params import (
    DROPPABLE,
    refused_params,
    remember_refused,
    without_refused,
)
from api_util_tokens import count_message_tokens, count_text_tokens

logger = logging.getLogger(__name__)

__all__ = [
    "LEAK_REPLACEMENT",
    "find_prompt_leak",
    "is_prompt_leak",
    "LLMClient",
    "ModelConfig",
    "ReplyStream",
    "Usage",
]

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


# ---------------------------------------------------------------- errors


class LLMError(Exception):
    """A provider problem, with a message fit to show to the user."""

    transient = False
    user_message = "The AI provider could not answer. Please try again."

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.user_message)


class InvalidApiKey(LLMError):
    user_message = "That API key was not accepted. Check that you copied the whole key."


class QuotaExceeded(LLMError):
    user_message = (
        "This API key has run out of quota. Check your plan and billing with your provider "
        "(free-trial keys are also heavily rate-limited)."
    )


class RateLimited(LLMError):
    transient = True
    user_message = "The AI provider is receiving too many requests. Wait a moment and retry."


class ContextTooLong(LLMError):
    user_message = "This conversation is too long for the model. Start a new session to go on."


class ModelNotAvailable(LLMError):
    user_message = "Your API key cannot use this model. Pick another model."


class ProviderUnavailable(LLMError):
    transient = True
    user_message = "The AI provider did not answer in time. Please retry in a moment."


class BadRequest(LLMError):
    user_message = "The AI provider refused this request. Try rephrasing your message."


class ParameterRefused(LLMError):
    user_message = "The AI provider refused a setting GPT Lab sent. Try another model."


class NoUsableModels(LLMError):
    user_message = (
        "This API key cannot use any chat model. Check its permissions with your provider."
    )


def translate_error(exc: Exception) -> LLMError:
    """Map the openai SDK's exceptions to ours; never copy provider text (it can echo the key)."""
    if isinstance(exc, LLMError):
        return exc
    code = str(getattr(exc, "code", "") or "")
    text = str(getattr(exc, "message", "") or "").lower()
    if isinstance(exc, openai.AuthenticationError):
        return InvalidApiKey()
    if isinstance(exc, openai.RateLimitError):
        return QuotaExceeded() if code == "insufficient_quota" or "quota" in text else RateLimited()
    if isinstance(exc, openai.NotFoundError | openai.PermissionDeniedError):
        return ModelNotAvailable()
    if isinstance(exc, openai.BadRequestError | openai.UnprocessableEntityError):
        if code == "context_length_exceeded" or "context length" in text:
            return ContextTooLong()
        if code == "model_not_found":
            return ModelNotAvailable()
        param = str(getattr(exc, "param", "") or "")
        if param in DROPPABLE:
            return ParameterRefused(f"The AI provider refused the setting {param!r}.")
        return BadRequest()
    status = getattr(exc, "status_code", None)
    if isinstance(status, int) and 400 <= status < 500 and status not in (408, 409):
        return BadRequest()  # a request error: sending it again would fail the same way
    if isinstance(exc, openai.APITimeoutError | openai.APIConnectionError):
        return ProviderUnavailable()
    if isinstance(exc, openai.InternalServerError):
        return ProviderUnavailable("The AI provider had an internal error. Please retry.")
    if isinstance(exc, openai.APIError):
        if code == "context_length_exceeded":
            return ContextTooLong()
        return ProviderUnavailable("The AI provider stopped while answering. Please retry.")
    return ProviderUnavailable()


# ---------------------------------------------------------------- models


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


# ---------------------------------------------------------------- streaming


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0  # of prompt_tokens, read from the provider's prompt cache (cheaper)

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


def _usage_of(reported: Any) -> Usage:
    details = getattr(reported, "prompt_tokens_details", None)
    return Usage(
        int(reported.prompt_tokens or 0),
        int(reported.completion_tokens or 0),
        int(getattr(details, "cached_tokens", 0) or 0),
    )


def mended_chunks(chunks: Iterator[str]) -> Iterator[str]:
    """An emoji's two halves may arrive in two deltas: join them; a half left alone becomes
    U+FFFD, so every reply can be encrypted, stored and shown."""
    carry = ""
    for chunk in chunks:
        chunk, carry = carry + chunk, ""
        if chunk and "\ud800" <= chunk[-1] <= "\udbff":
            chunk, carry = chunk[:-1], chunk[-1]
        yield mend_surrogates(chunk) if has_broken_characters(chunk) else chunk
    if carry:
        yield "\ufffd"


@dataclass
class ReplyStream:
    """Text chunks of one reply. After iteration: `text`, `usage`, and whether it `finished`.

    If the provider fails mid-reply, iteration raises a typed LLMError and `text` keeps what had
    arrived, so callers can keep what the user already saw.
    """

    _chunks: Iterator[str]
    text: str = ""
    usage: Usage = field(default_factory=Usage)
    finished: bool = False
    _estimate: Callable[[str], Usage] | None = field(default=None, repr=False)
    truncated: bool = False

    def __iter__(self) -> Iterator[str]:
        for chunk in mended_chunks(self._chunks):
            room = MAX_REPLY_CHARS - len(self.text)
            if len(chunk) >= room:
                chunk, self.truncated = chunk[:room], True
            self.text += chunk
            if chunk:
                yield chunk
            if self.truncated:
                logger.warning("A reply passed %d characters and was cut", MAX_REPLY_CHARS)
                self._chunks.close()  # closes the connection: nothing more is read or paid
                break
        self.finished = True
        self.usage = self.usage_so_far()

    def usage_so_far(self) -> Usage:
        """The provider's usage; counted with tiktoken when it sent none (some providers do
        not, and a reply stopped or cut mid-way never gets it, though it is billed)."""
        if not self.usage.total_tokens and self._estimate is not None:
            return self._estimate(self.text)
        return self.usage


# base URL -> whether it accepts any key; providers do not change this while a server runs.
_KEYLESS_PROVIDERS: dict[str, bool] = {}


def forget_keyless_providers() -> None:
    """Ask providers again (tests switch the local server between modes)."""
    _KEYLESS_PROVIDERS.clear()


@functools.lru_cache(maxsize=1)
def shared_http_client() -> openai.DefaultHttpxClient:
    """One connection pool for every user of this process. The API key travels with each
    request, not in the pool; a pool (with its TLS context) per user cost ~30 MB each."""
    return openai.DefaultHttpxClient()


class LLMClient:
    """One user's connection to an OpenAI-compatible provider. Holds the key; never logs it."""

    def __init__(
        self,
        api_key: str,
        base_url: str | None = None,
        timeout: float = 60.0,
        max_retries: int = 2,
        retry_delay: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not api_key or not api_key.strip():
            raise InvalidApiKey("Enter an API key.")
        self._client = openai.OpenAI(
            api_key=api_key.strip(),
            base_url=base_url or None,
            timeout=timeout,
            max_retries=0,
            http_client=shared_http_client(),
        )
        self.base_url = str(self._client.base_url)
        self.max_retries = max_retries
        self.retry_delay = retry_delay
        self._sleep = sleep

    def __repr__(self) -> str:
        return f"LLMClient(base_url={self.base_url!r})"

    @property
    def is_official_openai(self) -> bool:
        """Moderation and the model table are OpenAI's; other providers may lack them."""
        return "api.openai.com" in self.base_url

    def _with_retries(self, call: Callable[[], Any]) -> Any:
        """Retry transient failures (rate limits, 5xx, timeouts) with backoff; others at once."""
        for attempt in range(self.max_retries + 1):
            try:
                return call()
            except Exception as exc:  # noqa: BLE001 - every SDK error is translated below
                error = translate_error(exc)
                logger.warning(
                    "LLM call failed: %s (attempt %d)", type(error).__name__, attempt + 1
                )
                if not error.transient or attempt == self.max_retries:
                    raise error from None
                self._sleep(self.retry_delay * (2**attempt))
        raise ProviderUnavailable()  # pragma: no cover - the loop always returns or raises

    def list_models(self) -> list[str]:
        """The chat models this key may use; validates the key as a side effect."""
        page = self._with_retries(self._client.models.list)
        models = chat_capable_models([model.id for model in page.data])
        if not models:
            raise NoUsableModels()
        return models

    def accepts_any_key(self) -> bool:
        """Whether this provider answers a made-up key (Ollama, vLLM or llama.cpp without an
        API key): then a key proves nothing about who typed it. Asked once per base URL."""
        known = _KEYLESS_PROVIDERS.get(self.base_url)
        if known is not None:
            return known
        probe = openai.OpenAI(
            api_key=f"gptlab-probe-{secrets.token_hex(16)}",
            base_url=self.base_url,
            timeout=self._client.timeout,
            max_retries=0,
            http_client=shared_http_client(),
        )
        try:
            probe.models.list()
        except (openai.AuthenticationError, openai.PermissionDeniedError):
            _KEYLESS_PROVIDERS[self.base_url] = False
            return False
        except openai.APIError as exc:
            # Cannot tell (the provider failed): decide next time, and let this sign-in through
            # only if the provider refuses made-up keys, which it has not shown.
            raise translate_error(exc) from None
        _KEYLESS_PROVIDERS[self.base_url] = True
        return True

    def moderate(self, text: str) -> bool:
        """True when the provider's moderation flags the text."""
        result = self._with_retries(lambda: self._client.moderations.create(input=text))
        return any(item.flagged for item in result.results)

    def stream_reply(self, config: ModelConfig, messages: Sequence[Message]) -> ReplyStream:
        """Start a streamed reply; connection errors raise here, later ones from the iterator."""
        if uses_completions_endpoint(config.model):
            raw = self._with_retries(lambda: self._open_completions(config, messages))
            stream = ReplyStream(iter(()))
            stream._chunks = self._completion_chunks(raw, stream)
        else:
            raw = self._with_retries(lambda: self._open_chat(config, messages))
            stream = ReplyStream(iter(()))
            stream._chunks = self._chat_chunks(raw, stream)

        def estimate(text: str) -> Usage:
            return Usage(
                count_message_tokens(messages, config.model), count_text_tokens(text, config.model)
            )

        stream._estimate = estimate
        return stream

    def _create(self, create: Callable[..., Any], params: dict[str, Any]) -> Any:
        """Send a request, leaving out what this provider refuses; learn refusals as they come."""
        params = without_refused(self.base_url, params)
        while True:
            try:
                return create(**params)
            except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
                refused = refused_params(exc, params)
                if not refused:
                    raise
                logger.info("The provider refused %s; sending without it", sorted(refused))
                remember_refused(self.base_url, refused)
                params = {name: value for name, value in params.items() if name not in refused}

    def complete(self, config: ModelConfig, messages: Sequence[Message]) -> tuple[str, Usage]:
        """A whole reply at once (recaps and summaries), through the same streaming path."""
        stream = self.stream_reply(config, messages)
        for _ in stream:
            pass
        return stream.text, stream.usage

    def _open_chat(self, config: ModelConfig, messages: Sequence[Message]) -> Any:
        params: dict[str, Any] = {
            "model": config.model,
            "messages": list(messages),
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if is_reasoning_model(config.model):
            params["max_completion_tokens"] = config.max_tokens
        else:
            params.update(
                max_tokens=config.max_tokens,
                temperature=config.temperature,
                top_p=config.top_p,
                frequency_penalty=config.frequency_penalty,
                presence_penalty=config.presence_penalty,
            )
        return self._create(self._client.chat.completions.create, params)

    def _open_completions(self, config: ModelConfig, messages: Sequence[Message]) -> Any:
        params = {
            "model": config.model,
            "prompt": flatten_for_completions(messages),
            "stop": [RESTART_SEQUENCE, START_SEQUENCE],
            "stream": True,
            "stream_options": {"include_usage": True},
            "max_tokens": config.max_tokens,
            "temperature": config.temperature,
            "top_p": config.top_p,
            "frequency_penalty": config.frequency_penalty,
            "presence_penalty": config.presence_penalty,
        }
        return self._create(self._client.completions.create, params)

    def _chat_chunks(self, raw: Any, stream: ReplyStream) -> Iterator[str]:
        return self._chunks(raw, stream, lambda choice: choice.delta and choice.delta.content)

    def _completion_chunks(self, raw: Any, stream: ReplyStream) -> Iterator[str]:
        return self._chunks(raw, stream, lambda choice: choice.text)

    @staticmethod
    def _chunks(
        raw: Any, stream: ReplyStream, text_of: Callable[[Any], str | None]
    ) -> Iterator[str]:
        finished = False
        try:
            for event in raw:
                if event.usage:
                    stream.usage = _usage_of(event.usage)
                for choice in event.choices or ():
                    text = text_of(choice)
                    if text:
                        yield text
                    finished = finished or bool(choice.finish_reason)
        except Exception as exc:  # noqa: BLE001 - mid-stream errors come in many SDK types
            raise translate_error(exc) from None
        finally:
            raw.close()
        if not finished:
            # The connection closed before the provider said the reply was complete.
            raise ProviderUnavailable("The reply was cut off. Please retry.")

    @staticmethod
    def estimate_tokens(messages: Sequence[Message], model: str) -> int:
        """Prompt tokens before a call (tiktoken, offline)."""
        return count_message_tokens(messages, model)
