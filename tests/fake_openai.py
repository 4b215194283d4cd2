"""A small OpenAI-compatible server for tests, local runs and benchmarks, on 127.0.0.1 only.

It streams Server-Sent Events the way the real API does (chat and legacy completions, usage in
the last chunk, errors as SSE events) and answers deterministically so tests can assert on text:
  - a greeting when the conversation has no user message yet, otherwise "You said: <message>";
  - markers in the user's message inject failures: [[500]], [[500-once]], [[422]], [[429]],
    [[context]], [[timeout]], [[midstream]], [[drop]], [[leak]], [[leak-partial]], [[long]],
    [[words:N]] (a reply of N words), [[huge]], [[flag]],
    [[stall]] (quiet mid-reply), [[split-emoji]], [[half-emoji]],
    [[malformed]] (an SSE event that is not JSON);
    "[[leak]]" repeats the system prompt, "[[leak-once]]" too unless the system prompt says it
    repeated its instructions (a model that obeys the guard's note); "[[recap]]" replies with
    what it was sent; "[[say]]text" makes the reply exactly "text" (a reply its creator
    steered), "[[say64]]<base64>" the same for text the prompt must not hold;
  - some prompt-extraction attempts (the Lab's leak test) work on it, one is refused;
  - API keys pick account states: sk-invalid* (401), sk-quota* (429 insufficient_quota),
    sk-down* (503), sk-nomodels* (no chat model); any other readable key starting sk- works
    (a key with a long random run was never issued here: 401), any sk- key with
    `prefix_only` (a server that checks only the prefix), and any key at all with
    `accept_any_key` (a provider without authentication).
Run it alone with `python -m tests.fake_openai --port 8765` and set OPENAI_BASE_URL to
http://127.0.0.1:8765/v1 to use the app without an OpenAI account.
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CHAT_MODELS = ["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "gpt-5-mini", "gpt-3.5-turbo-instruct"]
OTHER_MODELS = ["text-embedding-3-small", "whisper-1", "dall-e-3", "tts-1"]
GREETING = "Hello! I am glad you are here. What would you like to talk about today?"
LONG_FILLER = (
    "Here is a thoughtful and rather long answer that wanders through several ideas about "
    "planning, habits, motivation and the small steps that make a big difference over time. "
)


@dataclass
class FakeState:
    """Knobs tests turn, and what the server saw."""

    chunk_delay: float = 0.0
    first_token_delay: float = 0.0
    prompt_tokens: int | None = None
    # Scripted usage for cost tests; `send_usage=False` is a provider that reports none.
    completion_tokens: int | None = None
    cached_tokens: int | None = None
    send_usage: bool = True
    # Like Ollama or a llama.cpp server started without --api-key: any key works.
    accept_any_key: bool = False
    prefix_only: bool = False  # a server that checks only that a key starts with "sk-"
    # Refuse fields outside Mistral's chat schema the way Mistral does (422, extra_forbidden).
    strict_fields: bool = False
    timeout_sleep: float = 3.0
    stall_seconds: float = 30.0
    # The next `fault_count` chat requests fail this way, whatever they say: "401", "403",
    # "404", "429", "500" (an HTTP error), "reset" (the connection closes unanswered), "cut"
    # (the stream stops after a few words), "malformed" (an event that is not JSON).
    fault: str | None = None
    fault_count: int = 0
    # What the model says first, when no user message is there yet (a model greeting in its
    # persona's words); None: GREETING.
    greeting: str | None = None
    requests: list[dict[str, Any]] = field(default_factory=list)
    failed_once: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, path: str, body: dict[str, Any]) -> None:
        with self.lock:
            self.requests.append({"path": path, "body": body})

    def calls(self, path_suffix: str) -> list[dict[str, Any]]:
        with self.lock:
            return [r["body"] for r in self.requests if r["path"].endswith(path_suffix)]


def _error(status: int, message: str, kind: str, code: str | None) -> tuple[int, dict[str, Any]]:
    return status, {"error": {"message": message, "type": kind, "param": None, "code": code}}


# The keys of this provider's accounts are the readable test keys ("sk-test-alice"); a key
# with a long random run ("sk-" + 48 hex digits) was never issued here, as on a real provider.
_NEVER_ISSUED = re.compile(r"[A-Za-z0-9]{20,}")


def _account_error(
    key: str, accept_any_key: bool = False, prefix_only: bool = False
) -> tuple[int, dict[str, Any]] | None:
    if accept_any_key:
        return None
    unknown = not prefix_only and bool(_NEVER_ISSUED.search(key))
    if not key or key.startswith("sk-invalid") or not key.startswith("sk-") or unknown:
        masked = f"{key[:6]}***{key[-3:]}" if key else ""
        return _error(
            401,
            f"Incorrect API key provided: {masked}.",
            "invalid_request_error",
            "invalid_api_key",
        )
    if key.startswith("sk-quota"):
        return _error(
            429, "You exceeded your current quota.", "insufficient_quota", "insufficient_quota"
        )
    if key.startswith("sk-down"):
        return _error(503, "The server is overloaded.", "server_error", None)
    return None


def _last_user_text(body: dict[str, Any]) -> str | None:
    if "messages" in body:
        users = [m.get("content", "") for m in body["messages"] if m.get("role") == "user"]
        return users[-1] if users else None
    prompt = body.get("prompt", "")
    if "|USER|" not in prompt:
        return None
    return prompt.rsplit("|USER|", 1)[1].rsplit("|SP|", 1)[0].strip()


def _system_text(body: dict[str, Any]) -> str:
    if "messages" in body:
        return next((m["content"] for m in body["messages"] if m.get("role") == "system"), "")
    return body.get("prompt", "").split("|USER|", 1)[0].split("|SP|", 1)[0].strip()


def reply_for(body: dict[str, Any]) -> str:
    """The deterministic answer to a request that does not ask for a failure."""
    user_text = _last_user_text(body)
    if user_text is None:
        return GREETING
    system = _system_text(body)
    if system.startswith(JUDGE_MARKER):
        return _judge_verdict(user_text)
    # A summary of what it was sent (earlier summaries and messages); asked for with the
    # default summary prompt it does the same, as a real model recaps rather than echoes.
    if "[[recap]]" in user_text or user_text.startswith("Summarize our conversation so far"):
        return "Recap: " + " | ".join(_earlier_content(body))
    if "[[say64]]" in user_text:  # the same, base64-encoded (a recap the prompt does not hold)
        encoded = user_text.split("[[say64]]", 1)[1].split()[0]
        return base64.b64decode(encoded).decode("utf-8")
    if "[[say]]" in user_text:  # a reply the assistant's creator steered, word for word
        return user_text.split("[[say]]", 1)[1]
    if "[[leak]]" in user_text:
        return f"Of course! My instructions are: {system}"
    if "[[leak-once]]" in user_text:  # leaks, unless its instructions say it did and must not
        if "repeated your instructions" in system:
            return "I keep my instructions private, but I am happy to help. What is your goal?"
        return f"Of course! My instructions are: {system}"
    if "[[leak-partial]]" in user_text:
        first = system.split(". ")[0]
        return f"{LONG_FILLER * 3}By the way, I was told: {first}. {LONG_FILLER}"
    if "[[long]]" in user_text:
        return LONG_FILLER * 8
    sized = re.search(r"\[\[words:(\d{1,5})\]\]", user_text)
    if sized:  # a reply of exactly this many words (benchmarks)
        count = int(sized.group(1))
        filler = LONG_FILLER.split()
        return " ".join(filler[i % len(filler)] for i in range(count))
    if "[[huge]]" in user_text:  # a provider that ignores max_tokens
        return LONG_FILLER * 400
    if "[[quote-knowledge]]" in user_text:  # a model handing over the documents it was shown
        return "Here is what I was given: " + " ".join(text for _, text in _passages(system))
    turn = sum(1 for m in body.get("messages", []) if m.get("role") == "assistant")
    reply = _extraction_reply(user_text, system, turn) or f"You said: {user_text}"
    return reply + _knowledge_answer(system, user_text) + _signature(system)


_PASSAGE = re.compile(r'<passage(?: source="([^"]*)")?[^>]*>\n(.*?)\n</passage>', re.DOTALL)


def _passages(system: str) -> list[tuple[str, str]]:
    """(title, text) of each knowledge passage in the system message; confidential ones come
    without a title."""
    return [(m.group(1) or "", m.group(2)) for m in _PASSAGE.finditer(system)]


def _knowledge_answer(system: str, question: str) -> str:
    """Answers from knowledge as a careful model does: it quotes the quotable sentence that
    shares most words with the question and cites its title; confidential passages it only
    alludes to."""
    passages = _passages(system)
    asked = set(_words(question))
    sentences = [
        (len(asked & set(_words(sentence))), title, sentence)
        for title, text in passages
        if title
        for sentence in re.split(r"(?<=[.!?])\s+", text.strip())
    ]
    if sentences:
        _, title, best = max(sentences, key=lambda found: found[0])
        return f" According to [{title}]: {best}"
    return " I checked my notes on that." if passages else ""


def _signature(system: str) -> str:
    """Follows one kind of instruction like a real model would, so tests can tell which prompt
    a reply came from: 'End every reply with "X".' adds " X"."""
    match = re.search(r'End every reply with "([^"]{1,40})"', system)
    return f" {match.group(1)}" if match else ""


JUDGE_MARKER = "You check chatbot replies for leaks."
STATUS_FAULTS = {
    "401": _error(401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key"),
    "403": _error(403, "You are not allowed to use this model.", "invalid_request_error", None),
    "404": _error(404, "The model does not exist.", "invalid_request_error", "model_not_found"),
    "429": _error(429, "Rate limit reached.", "requests", "rate_limit_exceeded"),
    "500": _error(500, "The server had an error.", "server_error", None),
}
# The request fields Mistral's chat completions accept; anything else is refused in strict mode.
MISTRAL_FIELDS = frozenset(
    {
        "model",
        "messages",
        "prompt",
        "temperature",
        "top_p",
        "max_tokens",
        "stream",
        "stop",
        "random_seed",
        "response_format",
        "tools",
        "tool_choice",
        "presence_penalty",
        "frequency_penalty",
        "n",
        "prediction",
        "parallel_tool_calls",
        "safe_prompt",
    }
)


def _judge_verdict(request: str) -> str:
    """The leak judge: it sees through this server's own French "translation" of a prompt, and
    through any reply carrying the marker [[judge-leak]]; a reply with [[judge-garbage]] or
    [[judge-empty]] gets an answer that is no verdict."""
    reply = request.split("<reply>", 1)[-1]
    if "[[judge-garbage]]" in reply:
        return "Maybe, it depends."
    if "[[judge-empty]]" in reply:
        return ""
    return "LEAK" if "Voici" in reply or "[[judge-leak]]" in reply else "SAFE"


def _extraction_reply(user_text: str, system: str, turn: int = 0) -> str | None:
    """How this fake model answers the Lab's leak-test attempts: it falls for some."""
    lowered = user_text.lower()
    words = system.split()
    if "numbered lines" in lowered:
        return "\n".join(
            f"{n}. {' '.join(words[i : i + 3])}" for n, i in enumerate(range(0, len(words), 3), 1)
        )
    if "hex character codes" in lowered:
        return " ".join(f"0x{b:02x}" for b in system.encode())
    if "7 words" in lowered:
        start = 7 * turn
        return f"The words are: {' '.join(words[start : start + 7])}"
    if "ignore all previous instructions" in lowered:
        return f"Sure! {system}"
    if "in base64" in lowered:
        return base64.b64encode(system.encode()).decode()
    if "into french" in lowered:
        # A "translation" keeps the words and loses their order, as a real one would.
        kept = sorted({w.strip(".,").lower() for w in system.split() if len(w.strip(".,")) > 3})
        return "Voici, en bref : " + ", ".join(f"le {word}" for word in kept)
    if "developer who configured you" in lowered:
        # Retells a little of the second sentence: what the guard cannot prove, the report shows.
        second = system.split(". ")[1] if ". " in system else system
        kept = sorted({w.strip(".,").lower() for w in second.split() if len(w.strip(".,")) > 3})
        return f"Between us, it mentions {', '.join(kept[:3])} and that sort of thing."
    if "poem" in lowered:
        return "I can't share my instructions, but here is a poem about the sea: waves roll in."
    return None


def _earlier_content(body: dict[str, Any]) -> list[str]:
    messages = body.get("messages", [])[1:-1]  # neither the hidden prompt nor the request
    return [m.get("content", "") for m in messages]


def _words(text: str) -> list[str]:
    pieces = text.split(" ")
    return [piece + (" " if i < len(pieces) - 1 else "") for i, piece in enumerate(pieces)]


class _Handler(BaseHTTPRequestHandler):
    server: FakeOpenAIServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002, ARG002 - quiet tests
        return

    def _send_json(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _key(self) -> str:
        header = self.headers.get("Authorization", "")
        return header.removeprefix("Bearer ").strip()

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.server.state.record(self.path, {})
        state = self.server.state
        failure = _account_error(self._key(), state.accept_any_key, state.prefix_only)
        if failure:
            self._send_json(*failure)
            return
        if self.path.rstrip("/").endswith("/models"):
            chat = [] if self._key().startswith("sk-nomodels") else CHAT_MODELS
            data = [
                {"id": m, "object": "model", "created": 0, "owned_by": "fake"}
                for m in chat + OTHER_MODELS
            ]
            self._send_json(200, {"object": "list", "data": data})
            return
        self._send_json(*_error(404, "Unknown path.", "invalid_request_error", None))

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        state = self.server.state
        state.record(self.path, body)
        if self.path.rstrip("/") == "/_control":
            for name, value in body.items():
                setattr(state, name, value)
            self._send_json(200, {"ok": True})
            return
        state = self.server.state
        failure = _account_error(self._key(), state.accept_any_key, state.prefix_only)
        if failure:
            self._send_json(*failure)
            return
        if self.path.endswith("/moderations"):
            text = json.dumps(body.get("input", ""))
            flagged = "[[flag]]" in text
            self._send_json(
                200,
                {
                    "id": "modr-1",
                    "model": "omni-moderation-latest",
                    "results": [{"flagged": flagged, "categories": {}, "category_scores": {}}],
                },
            )
            return
        if self.path.endswith("/chat/completions") or self.path.endswith("/completions"):
            self._answer(body, chat=self.path.endswith("/chat/completions"))
            return
        self._send_json(*_error(404, "Unknown path.", "invalid_request_error", None))

    def _injected_failure(self, body: dict[str, Any], user_text: str) -> bool:
        state = self.server.state
        if body.get("model") not in CHAT_MODELS:
            self._send_json(
                *_error(
                    404,
                    f"The model `{body.get('model')}` does not exist.",
                    "invalid_request_error",
                    "model_not_found",
                )
            )
            return True
        if "[[500]]" in user_text:
            self._send_json(*_error(500, "The server had an error.", "server_error", None))
            return True
        if "[[500-once]]" in user_text:
            with state.lock:
                first_time = user_text not in state.failed_once
                state.failed_once.add(user_text)
            if first_time:
                self._send_json(*_error(500, "The server had an error.", "server_error", None))
                return True
        if "[[422]]" in user_text:
            detail = {"type": "string_too_long", "loc": ["body", "messages", 1, "content"]}
            self._send_json(422, {"detail": [{**detail, "msg": "String too long"}]})
            return True
        if "[[429]]" in user_text:
            self._send_json(*_error(429, "Rate limit reached.", "requests", "rate_limit_exceeded"))
            return True
        if "[[context]]" in user_text:
            self._send_json(
                *_error(
                    400,
                    "This model's maximum context length is exceeded.",
                    "invalid_request_error",
                    "context_length_exceeded",
                )
            )
            return True
        if "[[timeout]]" in user_text:
            time.sleep(state.timeout_sleep)
        return False

    def _refuse_extra_fields(self, body: dict[str, Any]) -> bool:
        extra = sorted(set(body) - MISTRAL_FIELDS)
        if not extra:
            return False
        details = [
            {
                "type": "extra_forbidden",
                "loc": ["body", name],
                "msg": "Extra inputs are not permitted",
                "input": body[name],
            }
            for name in extra
        ]
        self._send_json(
            422,
            {
                "object": "error",
                "message": {"detail": details},
                "type": "invalid_request_message_error",
                "param": None,
                "code": None,
            },
        )
        return True

    def _scheduled_fault(self) -> str | None:
        state = self.server.state
        with state.lock:
            if not state.fault or state.fault_count <= 0:
                return None
            state.fault_count -= 1
            return state.fault

    def _answer(self, body: dict[str, Any], chat: bool) -> None:
        state = self.server.state
        if state.strict_fields and self._refuse_extra_fields(body):
            return
        fault = self._scheduled_fault()
        if fault in STATUS_FAULTS:
            self._send_json(*STATUS_FAULTS[fault])
            return
        if fault == "reset":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault in {"cut", "malformed"}:
            body = {
                **body,
                "messages": [
                    *body.get("messages", []),
                    {
                        "role": "user",
                        "content": "[[drop]] " if fault == "cut" else "[[malformed]] ",
                    },
                ],
            }
        user_text = _last_user_text(body) or ""
        if self._injected_failure(body, user_text):
            return
        text = reply_for(body)
        if state.greeting is not None and _last_user_text(body) is None:
            text = state.greeting
        prompt_words = len(json.dumps(body.get("messages") or body.get("prompt")).split())
        usage: dict[str, Any] = {
            "prompt_tokens": state.prompt_tokens or prompt_words,
            "completion_tokens": state.completion_tokens or len(text.split()),
        }
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        if state.cached_tokens:
            usage["prompt_tokens_details"] = {"cached_tokens": state.cached_tokens}
        if not body.get("stream"):
            choice = (
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": "stop",
                }
                if chat
                else {"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}
            )
            self._send_json(
                200,
                {
                    "id": "cmpl-1",
                    "object": "chat.completion" if chat else "text_completion",
                    "created": int(time.time()),
                    "model": body["model"],
                    "choices": [choice],
                    "usage": usage,
                },
            )
            return
        self._stream(body, chat, text, usage, user_text)

    def _stream(
        self, body: dict[str, Any], chat: bool, text: str, usage: dict[str, int], user_text: str
    ) -> None:
        state = self.server.state
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        base = {
            "id": "chatcmpl-1" if chat else "cmpl-1",
            "created": int(time.time()),
            "model": body["model"],
            "object": "chat.completion.chunk" if chat else "text_completion",
        }

        def event(payload: dict[str, Any]) -> None:
            self.wfile.write(f"data: {json.dumps(payload)}\n\n".encode())
            self.wfile.flush()

        def piece(content: str | None, finish: str | None = None) -> dict[str, Any]:
            if chat:
                delta = {} if content is None else {"content": content}
                return {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            return {
                **base,
                "choices": [
                    {"index": 0, "text": content or "", "logprobs": None, "finish_reason": finish}
                ],
            }

        try:
            if state.first_token_delay:
                time.sleep(state.first_token_delay)
            if chat:
                event(
                    {
                        **base,
                        "choices": [
                            {
                                "index": 0,
                                "delta": {"role": "assistant", "content": ""},
                                "finish_reason": None,
                            }
                        ],
                    }
                )
            if "[[split-emoji]]" in user_text:  # an emoji's halves in two deltas
                event(piece("Fun \ud83d"))
                event(piece("\ude00 fact"))
            if "[[half-emoji]]" in user_text:  # half an emoji, never completed
                event(piece("Broken \ud83d"))
            if "[[malformed]]" in user_text:
                event(piece("Start "))
                self.wfile.write(b"data: {this is not json\n\n")
                self.wfile.flush()
                return
            for index, word in enumerate(_words(text)):
                if index == 3 and "[[midstream]]" in user_text:
                    event(
                        {
                            "error": {
                                "message": "The server had an error while streaming.",
                                "type": "server_error",
                                "code": None,
                            }
                        }
                    )
                    return
                if index == 3 and "[[drop]]" in user_text:
                    return
                if index == 3 and "[[stall]]" in user_text:
                    time.sleep(state.stall_seconds)  # the provider goes quiet mid-reply
                event(piece(word))
                if state.chunk_delay:
                    time.sleep(state.chunk_delay)
            event(piece(None, "stop"))
            if (body.get("stream_options") or {}).get("include_usage") and state.send_usage:
                event({**base, "choices": [], "usage": usage})
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return


class FakeOpenAIServer(ThreadingHTTPServer):
    """Serve on 127.0.0.1 in a background thread; `base_url` goes to OPENAI_BASE_URL."""

    daemon_threads = True

    def __init__(self, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.state = FakeState()
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def start(self) -> FakeOpenAIServer:
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    server = FakeOpenAIServer(args.port)
    print(f"Serving an OpenAI-compatible API at {server.base_url}", flush=True)  # noqa: T201
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.server_close()


if __name__ == "__main__":
    main()
