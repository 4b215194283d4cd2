"""A Streamlit client without a browser: the `/_stcore/stream` websocket protocol, with
Streamlit's own protobuf messages, as the browser speaks it. Enough of it for load tests: open
a session, run a page, type into a text or chat input, click a button, and watch what the
server sends (with the time each message arrived).

It never renders anything: a browser's CPU would otherwise be measured instead of the app's.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

FINISHED = ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY
WIDGET_KINDS = ("button", "text_input", "chat_input", "text_area", "selectbox")


@dataclass
class Widget:
    kind: str
    label: str
    id: str
    disabled: bool = False


@dataclass
class RunResult:
    """What one script run (and the reruns it asked for) sent back."""

    started: float
    finished: float = 0.0
    texts: list[tuple[float, str]] = field(default_factory=list)  # markdown bodies, in order
    # When a text that grew during this run (a streamed reply) first reached each length.
    grown: list[tuple[float, int]] = field(default_factory=list)
    first_text_after: dict[str, float] = field(default_factory=dict)  # button label -> time

    @property
    def seconds(self) -> float:
        return self.finished - self.started


def _label(kind: str, proto) -> str:
    return proto.placeholder if kind == "chat_input" else proto.label


class StreamlitSession:
    """One browser tab's worth of a Streamlit session."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self.widgets: dict[str, Widget] = {}
        self.pages: dict[str, str] = {}  # url path -> page script hash
        self.page = ""  # the page on screen, and its query string as the app last set it
        self.query = ""
        self._socket = None
        self._inbox: asyncio.Queue[tuple[float, ForwardMsg]] = asyncio.Queue()
        self._reader: asyncio.Task | None = None

    async def connect(self) -> StreamlitSession:
        ws_url = "ws" + self.url.removeprefix("http") + "/_stcore/stream"
        self._socket = await websockets.connect(
            ws_url,
            subprotocols=["streamlit"],
            origin=self.url,
            max_size=None,
            ping_interval=None,
        )
        self._reader = asyncio.create_task(self._read())
        return self

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
        if self._socket is not None:
            await self._socket.close()

    async def _read(self) -> None:
        async for data in self._socket:
            message = ForwardMsg()
            message.ParseFromString(data)
            self._inbox.put_nowait((time.perf_counter(), message))

    async def run(
        self,
        page: str | None = None,
        query: str | None = None,
        widgets: list[WidgetState] | None = None,
        watch_after: str | None = None,
        timeout: float = 120.0,
    ) -> RunResult:
        """Ask for a run (a page load, a click, a message) and wait until the page is idle.
        The page and query string stay as they were (or as the app changed them) unless given.

        `watch_after`: record when the first text after the button with this label arrived
        (the chat panel draws "Stop" just before a reply streams).
        """
        if page is not None and page != self.page:
            self.page, self.query = page, ""
        if query is not None:
            self.query = query
        state = BackMsg()
        state.rerun_script.query_string = self.query
        state.rerun_script.page_script_hash = self.pages.get(self.page, "")
        state.rerun_script.widget_states.widgets.extend(widgets or [])
        result = RunResult(started=time.perf_counter())
        await self._socket.send(state.SerializeToString())
        await asyncio.wait_for(self._until_idle(result, watch_after), timeout)
        return result

    async def _until_idle(self, result: RunResult, watch_after: str | None) -> None:
        seen_marker = False
        first_length: dict[tuple[int, ...], int] = {}
        while True:
            arrived, message = await self._inbox.get()
            kind = message.WhichOneof("type")
            if kind == "page_info_changed":
                self.query = message.page_info_changed.query_string
            elif kind == "navigation":
                for app_page in message.navigation.app_pages:
                    self.pages[app_page.url_pathname] = app_page.page_script_hash
            elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                element_kind = element.WhichOneof("type")
                if element_kind in WIDGET_KINDS:
                    proto = getattr(element, element_kind)
                    label = _label(element_kind, proto)
                    self.widgets[label] = Widget(
                        element_kind, label, proto.id, getattr(proto, "disabled", False)
                    )
                    seen_marker = seen_marker or label == watch_after
                elif element_kind == "markdown" and element.markdown.body:
                    body = element.markdown.body
                    result.texts.append((arrived, body))
                    path = tuple(message.metadata.delta_path)
                    words = len(body.split())
                    if first_length.setdefault(path, words) < words:
                        result.grown.append((arrived, words))
                    if seen_marker and watch_after not in result.first_text_after:
                        result.first_text_after[watch_after] = arrived
            elif kind == "script_finished" and message.script_finished == FINISHED:
                result.finished = arrived
                return

    # ---- what a person does
    def widget(self, label: str) -> Widget:
        try:
            return self.widgets[label]
        except KeyError:
            raise LookupError(f"no widget {label!r}; have {sorted(self.widgets)}") from None

    def click(self, label: str) -> WidgetState:
        return WidgetState(id=self.widget(label).id, trigger_value=True)

    def text(self, label: str, value: str) -> WidgetState:
        return WidgetState(id=self.widget(label).id, string_value=value)

    def chat(self, placeholder: str, value: str) -> WidgetState:
        state = WidgetState(id=self.widget(placeholder).id)
        state.chat_input_value.data = value
        return state
