"""Screenshots of every page in every language, into docs/screenshots/languages/<language>/.

Starts the app on SQLite (a temporary folder) with the local fake model, opens each page in a
Chromium whose language is the one photographed (so the app picks it from the browser, as for
a first visit), signed in where a page needs it. CJK pages need fonts-noto-cjk installed.

    .venv/bin/python scripts/language_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "app"), str(ROOT)]

from playwright.sync_api import sync_playwright  # noqa: E402

from i18n import LANGUAGES, speaking, tr  # noqa: E402
from tests.e2e.browser import go, open_app, settle  # noqa: E402
from tests.e2e.conftest import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402
from tests.fake_openai import FakeOpenAIServer  # noqa: E402
from tests.servers import backend_environment, streamlit_app  # noqa: E402

BROWSER_LOCALE = {"en": "en-US", "zh_Hans": "zh-CN", "es": "es-ES", "ja": "ja-JP"}
OUT = ROOT / "docs" / "screenshots" / "languages"


def sign_in(page, language: str) -> None:
    with speaking(language):
        label = tr("Enter your OpenAI API Key")
    page.get_by_label(label, exact=True).fill("sk-test-screenshots")
    page.keyboard.press("Enter")
    settle(page)


def main() -> None:
    llm = FakeOpenAIServer().start()
    try:
        with tempfile.TemporaryDirectory() as folder, open(Path(folder) / "log", "w") as log:
            env = backend_environment("sqlite", Path(folder), llm.base_url)
            with streamlit_app(env, log) as (url, _pid), sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
                for language in LANGUAGES:
                    shoot_language(browser, url, language)
                browser.close()
    finally:
        llm.stop()


def shoot_language(browser, url: str, language: str) -> None:
    """Signed out: Home, FAQ, Terms; signed in (sidebar and buttons, as a person moves, since
    loading a URL starts a new session): Lounge, an assistant's page, the Lab."""
    context = browser.new_context(
        locale=BROWSER_LOCALE[language], viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    folder = OUT / language
    folder.mkdir(parents=True, exist_ok=True)
    for name, path in (("faq", "/faq"), ("terms", "/terms"), ("home", "/")):
        open_app(page, url + path)
        page.screenshot(path=str(folder / f"{name}.png"))
    sign_in(page, language)
    with speaking(language):
        lounge, lab = tr("Lounge"), tr("Lab")
        chat_with = tr("Chat with {name}", name="Maya")
    for name, step in (
        ("lounge", lambda: go(page, lounge)),
        ("assistant", lambda: page.get_by_role("button", name=chat_with, exact=True).first.click()),
        ("lab", lambda: go(page, lab)),
    ):
        step()
        settle(page)
        page.screenshot(path=str(folder / f"{name}.png"))
    context.close()


if __name__ == "__main__":
    main()
