"""One user's connection to an OpenAI-compatible provider: chat and legacy completions behind
one streaming interface, with the usage each call reports.
"""

from __future__ import annotations

import functools
import logging
import secrets
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import openai

from i18n import tr, tr_noop
from llm.errors import InvalidApiKey, NoUsableModels, ProviderUnavailable, translate_error
from llm.models import (
    MAX_REPLY_CHARS,
    RESTART_SEQUENCE,
    START_SEQUENCE,
    Message,
    ModelConfig,
    chat_capable_models,
    flatten_for_completions,
    is_reasoning_model,
    uses_completions_endpoint,
)
from llm.params import refused_params, remember_refused, without_refused
from llm.tokens import count_message_tokens, count_text_tokens
from text import has_broken_characters, mend_surrogates

logger = logging.getLogger(__name__)


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
                self.close()
                break
        self.finished = True
        self.usage = self.usage_so_far()

    def close(self) -> None:
        """Stop reading the reply: the connection closes, nothing more is read or paid."""
        close = getattr(self._chunks, "close", None)
        if close is not None:
            close()

    def usage_so_far(self) -> Usage:
        """The provider's usage; counted with tiktoken when it sent none (some providers do
        not, and a reply stopped or cut mid-way never gets it, though it is billed)."""
        if not self.usage.total_tokens and self._estimate is not None:
            return self._estimate(self.text)
        return self.usage


# base URL -> whether it accepts any key; providers do not change this while a server runs.
_KEYLESS_PROVIDERS: dict[str, bool] = {}


def _probe_keys() -> tuple[str, ...]:
    """Keys no provider issued, in the shapes people type: a server without authentication
    takes the first; one that checks only the "sk-" prefix takes the others."""
    return (
        f"gptlab-probe-{secrets.token_hex(16)}",
        f"sk-{secrets.token_hex(24)}",
        f"sk-proj-{secrets.token_hex(24)}",
    )


def forget_keyless_providers() -> None:
    """Ask providers again (tests switch the local server between modes)."""
    _KEYLESS_PROVIDERS.clear()


@functools.lru_cache(maxsize=1)
def shared_http_client() -> openai.DefaultHttpxClient:
    """One connection pool for every user of this process. The API key travels with each
    request, not in the pool; a pool (with its TLS context) per user cost ~30 MB each."""
    return openai.DefaultHttpxClient()


# The refused-key message with a hint, for keys that do not look like OpenAI's.
REFUSED_KEY_WITH_HINT = tr_noop(
    "That API key was not accepted. Check that you copied the whole key. "
    "OpenAI keys start with “sk-”."
)


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
            raise InvalidApiKey(tr("Enter an API key."))
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
        try:
            page = self._with_retries(self._client.models.list)
        except InvalidApiKey:
            if self._client.api_key.startswith("sk-"):
                raise
            # A hint, not a rule: other providers' keys may look otherwise (refused above).
            raise InvalidApiKey(tr(REFUSED_KEY_WITH_HINT)) from None
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
        accepted = any(self._accepts(key) for key in _probe_keys())
        _KEYLESS_PROVIDERS[self.base_url] = accepted
        return accepted

    def _accepts(self, made_up_key: str) -> bool:
        probe = openai.OpenAI(
            api_key=made_up_key,
            base_url=self.base_url,
            timeout=self._client.timeout,
            max_retries=0,
            http_client=shared_http_client(),
        )
        try:
            probe.models.list()
        except (openai.AuthenticationError, openai.PermissionDeniedError):
            return False
        except openai.APIError as exc:
            # Cannot tell (the provider failed): decide next time, and let this sign-in through
            # only if the provider refuses made-up keys, which it has not shown.
            raise translate_error(exc) from None
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
            raise ProviderUnavailable(tr("The reply was cut off. Please retry."))

    @staticmethod
    def estimate_tokens(messages: Sequence[Message], model: str) -> int:
        """Prompt tokens before a call (tiktoken, offline)."""
        return count_message_tokens(messages, model)
