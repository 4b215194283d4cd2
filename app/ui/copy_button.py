"""A visible Copy button (st.code's copy icon shows only on hover, and a phone has none).

The button is this module's own markup and script; the text to copy is passed as data and
only ever handed to the clipboard or set as text, never written into the page as HTML."""

from __future__ import annotations

import streamlit as st

from i18n import tr

_HTML = '<div class="copy"><button type="button"></button><span aria-live="polite"></span></div>'
_CSS = """
.copy { display: flex; align-items: center; gap: 0.75rem; margin-bottom: 0.5rem; }
button {
  font: inherit; color: inherit; background: transparent; cursor: pointer;
  border: 1px solid rgba(49, 51, 63, 0.2); border-radius: 0.5rem;
  min-height: 2.5rem; padding: 0.25rem 0.75rem;
}
button:hover, button:focus-visible { border-color: #ff4b4b; color: #ff4b4b; }
span { font-size: 0.875rem; opacity: 0.7; }
"""
# The Clipboard API needs a secure page (https or localhost); elsewhere the text is selected
# in a hidden field and copied the older way.
_JS = """
function copyBySelection(text) {
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.style.position = "fixed";
  field.style.opacity = "0";
  document.body.appendChild(field);
  field.select();
  let copied = false;
  try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
  field.remove();
  return copied;
}

export default function ({ parentElement, data }) {
  const button = parentElement.querySelector("button");
  const said = parentElement.querySelector("span");
  button.textContent = data.label;
  button.onclick = async () => {
    let copied = false;
    try {
      await navigator.clipboard.writeText(data.text);
      copied = true;
    } catch (error) {
      copied = copyBySelection(data.text);
    }
    said.textContent = copied ? data.done : data.failed;
  };
}
"""
_copy = st.components.v2.component("gptlab.copy_button", html=_HTML, css=_CSS, js=_JS)


def copy_button(label: str, text: str, key: str) -> None:
    """A button that puts `text` on the clipboard and says so beside it."""
    words = {"done": tr("Copied"), "failed": tr("Could not copy: select the text above instead.")}
    _copy(data={"label": label, "text": text, **words}, key=key)
