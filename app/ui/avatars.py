"""Avatars drawn locally from a name: deterministic, offline, no name sent to a third party.

An avatar is a small SVG as a data URL: Streamlit passes URLs through as they are, whereas image
bytes are hashed and registered as a media file for every chat message on every rerun.
"""

from __future__ import annotations

import base64
import colorsys
import functools
import hashlib
from xml.sax.saxutils import escape

from i18n import tr


@functools.lru_cache(maxsize=4096)
def avatar_url(name: str) -> str:
    """A round badge with the name's initial on a colour picked from the name's hash."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    red, green, blue = (int(c * 255) for c in colorsys.hls_to_rgb(digest[0] / 255, 0.45, 0.55))
    initial = escape((name.strip()[:1] or "?").upper())
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">'
        f'<circle cx="32" cy="32" r="32" fill="rgb({red},{green},{blue})"/>'
        '<text x="32" y="33" text-anchor="middle" dominant-baseline="middle" '
        'font-family="Source Sans Pro, Helvetica, Arial, sans-serif" font-size="32" '
        f'fill="white">{initial}</text></svg>'
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def avatar_alt(name: str) -> str:
    """The avatar's text for screen readers (an image without one is read as its data URL)."""
    return tr("Avatar of {name}", name=name)
