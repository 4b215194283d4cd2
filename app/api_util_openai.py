"""The LLM wrapper's face: one client per signed-in user for any OpenAI-compatible provider.

Pages, the UI and the other domains import it from here. The code is in app/llm/: the client
and its streams, typed errors, models and payloads, refused parameters, token counts and
prices. `is_prompt_leak` (the leak guard's yes/no check) stays importable here for scripts.
"""

from __future__ import annotations

from leak_guard import LEAK_REPLACEMENT, is_prompt_leak
from llm.client import (
    LLMClient,
    ReplyStream,
    Usage,
    forget_keyless_providers,
    mended_chunks,
    shared_http_client,
)
from llm.errors import (
    BadRequest,
    ContextTooLong,
    InvalidApiKey,
    LLMError,
    ModelNotAvailable,
    NoUsableModels,
    ParameterRefused,
    ProviderUnavailable,
    QuotaExceeded,
    RateLimited,
    translate_error,
)
from llm.models import (
    BRAINSTORMING_WINDOW,
    COACHING_KEEP_LAST,
    COACHING_SUMMARY_AT,
    CONTEXT_WINDOWS,
    DEFAULT_CONTEXT_WINDOW,
    MAX_REPLY_CHARS,
    RESTART_SEQUENCE,
    START_SEQUENCE,
    Message,
    ModelConfig,
    brainstorming_payload,
    chat_capable_models,
    coaching_payload,
    context_window,
    flatten_for_completions,
    is_reasoning_model,
    needs_summary,
    uses_completions_endpoint,
)
from llm.prices import Spend, format_cost, model_label
from llm.tokens import count_message_tokens, count_text_tokens

__all__ = [
    "BRAINSTORMING_WINDOW",
    "BadRequest",
    "COACHING_KEEP_LAST",
    "COACHING_SUMMARY_AT",
    "CONTEXT_WINDOWS",
    "ContextTooLong",
    "DEFAULT_CONTEXT_WINDOW",
    "InvalidApiKey",
    "LEAK_REPLACEMENT",
    "LLMClient",
    "LLMError",
    "MAX_REPLY_CHARS",
    "Message",
    "ModelConfig",
    "ModelNotAvailable",
    "NoUsableModels",
    "ParameterRefused",
    "ProviderUnavailable",
    "QuotaExceeded",
    "RESTART_SEQUENCE",
    "RateLimited",
    "ReplyStream",
    "START_SEQUENCE",
    "Spend",
    "Usage",
    "brainstorming_payload",
    "chat_capable_models",
    "coaching_payload",
    "context_window",
    "count_message_tokens",
    "count_text_tokens",
    "flatten_for_completions",
    "forget_keyless_providers",
    "format_cost",
    "is_prompt_leak",
    "is_reasoning_model",
    "mended_chunks",
    "model_label",
    "needs_summary",
    "shared_http_client",
    "translate_error",
    "uses_completions_endpoint",
]
