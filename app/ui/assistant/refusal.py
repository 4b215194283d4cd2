"""The leak guard's refusal in the visitor's language. The guard stores its English sentence as
the reply (it may not depend on i18n); pages translate it where it is shown."""

from __future__ import annotations

from i18n import tr, tr_noop

# Equal to leak_guard.LEAK_REPLACEMENT (a test checks it): marked here so it is translated.
REFUSAL = tr_noop("Sorry, but I cannot reveal that. Let's talk about something else.")


def shown_content(content: str) -> str:
    """A message as shown: the refusal in the visitor's language, anything else as written."""
    return tr(REFUSAL) if content == REFUSAL else content
