"""Where a link in a model's Markdown goes: its address rebuilt so the host shown is the host
the browser opens, or why it is not kept (another scheme, a user name, a host that is no plain
name)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from i18n import tr

# A bare address's host as far as a browser may take it: micromark's tokenizer stops at "<", the
# GFM pass over text nodes does not (`http://a.example<b@c.example/` goes to c.example).
AUTHORITY = re.compile(r"[^\s/?#\\]{0,256}")
_TRAILING_PUNCTUATION = "!\"&'),.:;<>?]}*_~"
_PLAIN_AUTHORITY = re.compile(r"[A-Za-z0-9.-]+(?::[0-9]{1,5})?")
_WEB = re.compile(r"(?i)(https?)://([^/?#\\]*)(.*)", re.DOTALL)
_HOST_CHARACTERS = re.compile(r"[a-z0-9.-]{1,253}")
_NOT_URL_SAFE = re.compile(r"[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#%]")
SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_LEADING_HOST = re.compile(r"(?i)[\s*_~]*(?:https?://)?([a-z0-9.-]+)")


@dataclass(frozen=True)
class Target:
    """Where a link goes: `href` to write (None: not clickable), and what to say of it."""

    href: str | None
    host: str | None = None  # for a link to another site
    note: str | None = None  # for one that is not kept


def plain_host(host: str) -> bool:
    """A DNS name or an IPv4 address: labels of letters, digits and inner hyphens."""
    if not _HOST_CHARACTERS.fullmatch(host):
        return False
    labels = (host[:-1] if host.endswith(".") else host).split(".")
    return all(label and label[0] != "-" and label[-1] != "-" for label in labels)


def web_target(href: str) -> Target | None:
    """An http(s) address rebuilt so that its host is unambiguous, or None."""
    match = _WEB.fullmatch(href)
    if match is None:
        return None
    scheme, authority, rest = match.group(1).lower(), match.group(2), match.group(3)
    host, colon, port = authority.lower().partition(":")
    if not plain_host(host) or (colon and not (port.isdigit() and len(port) <= 5)):
        return None  # a user name or password, an IPv6 or percent-encoded host, a bad port
    rest = _NOT_URL_SAFE.sub(lambda m: quote(m.group(0), safe=""), rest)
    shown = host.rstrip(".") + (f":{port}" if colon else "")
    return Target(f"{scheme}://{host}{colon}{port}{rest}", host=shown)


def target_of(href: str) -> Target:
    if not SCHEME.match(href) and not href.startswith(("//", "/\\", "\\")):
        return Target(href)  # relative: this site
    web = web_target(href)
    if web is not None:
        return web
    if href.lower().startswith("mailto:"):
        address = href[len("mailto:") :].split("?", 1)[0]
        return Target(None, note=tr("email to {address}", address=address))
    return Target(None, note=tr("link removed"))


def plain_authority(text: str, start: int) -> bool:
    """The bare address whose host starts at `start` shows it plainly: letters, digits, dots
    and hyphens (and a port). Punctuation that ends a sentence after it is no part of it."""
    match = AUTHORITY.match(text, start)
    authority = match.group()
    if match.end() == len(text) or text[match.end()] not in "/?#\\":
        authority = authority.rstrip(_TRAILING_PUNCTUATION)
    return _PLAIN_AUTHORITY.fullmatch(authority) is not None and plain_host(
        authority.split(":")[0].lower()
    )


def shows_host(visible: str, host: str) -> bool:
    """The link's text begins with the host it goes to."""
    match = _LEADING_HOST.match(visible)
    return match is not None and match.group(1).lower().rstrip(".") == host.split(":")[0]
