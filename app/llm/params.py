"""What each provider accepts: optional request parameters a provider refused, remembered per
base URL, and which parameter an error names.

Providers differ: Mistral answers 422 "Extra inputs are not permitted" to `stream_options`,
some local servers refuse penalties. As LiteLLM's `drop_params` does, a refused optional
parameter is dropped and the request sent once more; the base URL remembers it, so later
requests leave it out from the start. Required parameters (model, messages, prompt, stream)
are never dropped.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

DROPPABLE = (
    "stream_options",
    "temperature",
    "top_p",
    "frequency_penalty",
    "presence_penalty",
    "stop",
    "max_tokens",
    "max_completion_tokens",
)
_REFUSAL_WORDS = re.compile(
    r"(?i)extra|unrecogni[sz]ed|unsupported|not (?:permitted|allowed|supported)|unknown|invalid"
)

_refused: dict[str, frozenset[str]] = {}
_lock = threading.Lock()


def without_refused(base_url: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters minus those this provider refused before."""
    refused = _refused.get(base_url, frozenset())
    return {name: value for name, value in params.items() if name not in refused}


def remember_refused(base_url: str, names: Iterable[str]) -> None:
    with _lock:
        _refused[base_url] = _refused.get(base_url, frozenset()) | frozenset(names)


def forget_refused() -> None:
    """Forget every provider's refusals (tests start each case from a clean slate)."""
    with _lock:
        _refused.clear()


def _mappings(value: Any) -> Iterator[Mapping[str, Any]]:
    """Every JSON object inside an error body, however the provider nests its details."""
    if isinstance(value, Mapping):
        yield value
        for item in value.values():
            yield from _mappings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _mappings(item)


def _named(body: Any, message: str, candidates: set[str]) -> set[str]:
    named: set[str] = set()
    for item in _mappings(body):
        location = item.get("loc")
        if isinstance(location, list) and location and str(location[-1]) in candidates:
            named.add(str(location[-1]))  # FastAPI/pydantic style, as Mistral and vLLM send
        param = item.get("param")
        if isinstance(param, str) and param in candidates:
            named.add(param)  # OpenAI style
    if not named and _REFUSAL_WORDS.search(message):
        named = {name for name in candidates if re.search(rf"\b{name}\b", message)}
    return named


def refused_params(error: Any, sent: Mapping[str, Any]) -> set[str]:
    """The optional parameters of `sent` that a 400/422 error says the provider refused."""
    candidates = {name for name in sent if name in DROPPABLE}
    if not candidates:
        return set()
    body = getattr(error, "body", None)
    response = getattr(error, "response", None)
    text = ""
    if response is not None:
        try:
            text = response.text
        except Exception:  # noqa: BLE001 - a streamed response may not have its text
            text = ""
    message = f"{getattr(error, 'message', '')} {text}"
    return _named(body, message, candidates)
