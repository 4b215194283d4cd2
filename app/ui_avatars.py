"""Avatars drawn locally from a name: deterministic, offline, and no name sent to a third party."""

from __future__ import annotations

import colorsys
import hashlib
import io

import streamlit as st
from PIL import Image, ImageDraw, ImageFont


@st.cache_data(max_entries=5000, show_spinner=False)
def avatar_png(name: str, size: int = 96) -> bytes:
    """A round badge with the name's initial on a colour picked from the name's hash."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    red, green, blue = colorsys.hls_to_rgb(digest[0] / 255, 0.45, 0.55)
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse(
        (0, 0, size - 1, size - 1), fill=(int(red * 255), int(green * 255), int(blue * 255), 255)
    )
    initial = (name.strip()[:1] or "?").upper()
    font = ImageFont.load_default(size=int(size * 0.5))
    draw.text((size / 2, size / 2), initial, fill="white", font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
