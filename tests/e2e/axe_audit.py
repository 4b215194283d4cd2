"""axe-core in the browser suite: every page and dialog is checked, each result is saved as JSON
under tests/e2e/axe-reports/ (CI keeps that folder as an artifact), and only violations of
Streamlit's own markup that the app cannot change are set apart, by rule and exact element."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

REPORTS = Path(__file__).resolve().parent / "axe-reports"
BLOCKING = ("serious", "critical")
AXE = Axe()


@dataclass(frozen=True)
class StreamlitOnly:
    """A violation in markup Streamlit renders and the app cannot change: rule and element."""

    rule: str
    selector: str  # CSS the failing element matches (`Element.closest`)
    why: str  # the cause, and the Streamlit issue to follow


# Each entry is counted in the report (as `streamlit_only`), never dropped.
STREAMLIT_ONLY: tuple[StreamlitOnly, ...] = (
    StreamlitOnly(
        "color-contrast",
        '.stSlider [data-testid="stWidgetLabel"][disabled]',
        "A disabled slider's label is faded (WCAG 1.4.3 exempts inactive controls) but Streamlit "
        "renders it aria-hidden and apart from the slider, so axe cannot tell it is disabled: "
        "streamlit/streamlit#8435 (widget labels and disabled state).",
    ),
    StreamlitOnly(
        "region",
        "#stFloatingOverlayPortal",
        "Streamlit's portal for tooltips and popovers sits outside its landmarks (the rule is "
        "moderate; the portal is empty when nothing floats).",
    ),
    StreamlitOnly(
        "empty-table-header",
        '[data-testid="stDataFrame"] th[aria-colindex="1"]:empty',
        "st.dataframe's grid (glide-data-grid) keeps an unnamed row-marker column header even "
        "with hide_index=True: the Stats dialog's table.",
    ),
    StreamlitOnly(
        "presentation-role-conflict",
        '[data-testid="stFileUploaderDropzone"]',
        "st.file_uploader's drop zone is a <section role=presentation> with an aria-label: "
        "Streamlit's markup, the file input inside it has the label.",
    ),
)


@dataclass
class Audit:
    """The violations axe found on one screen, split into the app's and Streamlit's own."""

    name: str
    app: list[dict] = field(default_factory=list)
    streamlit_only: list[dict] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)  # icon-only controls (no word in the name)

    def blocking(self) -> list[str]:
        """Serious or critical violations the app controls, as `rule (impact): element`."""
        return [
            f"{self.name}: {v['id']} ({v['impact']}): {node['target']}"
            for v in self.app
            if v["impact"] in BLOCKING
            for node in v["nodes"]
        ]


def _is_streamlit_only(page: Page, rule: str, target: list) -> StreamlitOnly | None:
    for known in STREAMLIT_ONLY:
        if known.rule != rule or len(target) != 1:
            continue
        script = "([t, s]) => !!document.querySelector(t)?.closest(s)"
        if page.evaluate(script, [target[0], known.selector]):
            return known
    return None


def _split(page: Page, violation: dict) -> tuple[dict | None, dict | None]:
    ours, theirs = [], []
    for node in violation["nodes"]:
        known = _is_streamlit_only(page, violation["id"], node["target"])
        (theirs if known else ours).append({**node, "streamlit_only": known and known.why})
    slim = {k: violation[k] for k in ("id", "impact", "help", "helpUrl")}
    return (
        {**slim, "nodes": ours} if ours else None,
        {**slim, "nodes": theirs} if theirs else None,
    )


def audit(page: Page, name: str) -> Audit:
    """Run axe on what the page shows now, save the JSON report, return the violations."""
    # The page at rest: the pointer off every control (a tooltip fading in is measured
    # half-transparent), and Streamlit's transitions over (dialogs fade in).
    page.mouse.move(0, 0)
    page.wait_for_timeout(400)
    results = AXE.run(page, options={"resultTypes": ["violations"]}).response
    found = Audit(name)
    for violation in results["violations"]:
        ours, theirs = _split(page, violation)
        if ours:
            found.app.append(ours)
        if theirs:
            found.streamlit_only.append(theirs)
    found.unnamed = icon_only_controls(page, name)
    REPORTS.mkdir(exist_ok=True)
    report = {
        "screen": name,
        "url": page.url,
        "app": found.app,
        "streamlit_only": found.streamlit_only,
        "icon_only_controls": found.unnamed,
    }
    file_name = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") + ".json"
    (REPORTS / file_name).write_text(json.dumps(report, indent=1), "utf-8")
    return found


def counts(audits: list[Audit]) -> dict[str, int]:
    """Failing elements per `rule (impact)`, the app's and Streamlit's, over all screens."""
    tally: Counter[str] = Counter()
    for one in audits:
        for kind, violations in (("app", one.app), ("streamlit", one.streamlit_only)):
            for v in violations:
                tally[f"{kind}: {v['id']} ({v['impact']})"] += len(v["nodes"])
    return dict(sorted(tally.items()))


def save_summary(audits: list[Audit], name: str) -> dict[str, int]:
    """Save the per-rule counts over `audits` as axe-reports/summary-<name>.json."""
    summary = counts(audits)
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / f"summary-{name}.json").write_text(json.dumps(summary, indent=1), "utf-8")
    return summary


# Every visible control, with the name a screen reader gives it (aria-label, then the labelling
# elements, then its text): a name without a letter is an icon (an emoji is read by its Unicode
# name, "thumbs up sign", not by what the button does). Streamlit's `help` tooltip is no name.
_CONTROL_NAMES = r"""
() => [...document.querySelectorAll(
    'button, a[href], [role="button"], [role="tab"], input, textarea, select')]
  .filter(e => e.checkVisibility() && e.type !== "hidden" && e.type !== "file")
  .map(e => {
    const by = (e.getAttribute("aria-labelledby") || "").split(/\s+/)
      .map(id => document.getElementById(id)?.textContent || "").join(" ");
    const labels = [...(e.labels || [])].map(l => l.textContent).join(" ");
    const name = (e.getAttribute("aria-label") || by || labels || e.textContent || e.value
      || e.getAttribute("title") || e.querySelector("img")?.alt || "").trim();
    return {name, html: e.outerHTML.slice(0, 600)};
  })
  .filter(c => !/\p{L}/u.test(c.name))
"""


def icon_only_controls(page: Page, name: str) -> list[str]:
    """The controls on screen whose accessible name has no word, as `screen: name: html`."""
    return [f"{name}: {c['name']!r}: {c['html']}" for c in page.evaluate(_CONTROL_NAMES)]
