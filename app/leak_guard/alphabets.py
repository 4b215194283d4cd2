"""Text spelled in symbol alphabets, read back as letters: octal escapes, binary octets, Morse,
letter numbers (A1Z26) and the NATO spelling alphabet.

A model asked to "spell it in Morse" or "give each letter's position in the alphabet" writes
text that is no word of any language, so no view of the reply met the prompt's words. Each
alphabet is tried only where its own symbols stand in a run (a cheap test first), so ordinary
prose pays one regular-expression search per alphabet and nothing more.
"""

from __future__ import annotations

import re

_OCTAL = re.compile(r"\\([0-3][0-7]{2})")
_OCTETS = re.compile(r"(?<![01])(?:[01]{8}[ ,]?){3,}(?![01])")
_MORSE_RUN = re.compile(
    r"(?<![\w.\-])(?:[.\-•·−–]{1,6}(?:[ ]{1,3}|[ ]*[/|][ ]*)){3,}[.\-•·−–]{1,6}"
)
_LETTER_NUMBERS = re.compile(
    r"(?<![\w-])(?:(?:[1-9]|1\d|2[0-6])-){2,}(?:[1-9]|1\d|2[0-6])(?![\w-])"
)
_NATO_WORDS = (
    "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike "
    "november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray x-ray "
    "yankee zulu"
).split()
_NATO_RUN = re.compile(
    r"\b(?:(?:" + "|".join(_NATO_WORDS) + r")[\s,;/-]+){2,}(?:" + "|".join(_NATO_WORDS) + r")\b",
    re.IGNORECASE,
)
MORSE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g",
    "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n",
    "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u",
    "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", "-----": "0", ".----": "1",
    "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6", "--...": "7",
    "---..": "8", "----.": "9",
}  # fmt: skip
_MORSE_SYMBOLS = str.maketrans({"•": ".", "·": ".", "−": "-", "–": "-"})


def spelled_out(text: str) -> str:
    """The text with each run of symbols read back as letters (unchanged where there is none)."""
    if "\\" in text:
        text = _OCTAL.sub(lambda match: chr(int(match.group(1), 8)), text)
    if "0" in text and "1" in text:
        text = _OCTETS.sub(_octets, text)
    if "-" in text or "." in text or "•" in text or "·" in text:
        text = _MORSE_RUN.sub(_morse, text)
        text = _LETTER_NUMBERS.sub(_letter_numbers, text)
    return _NATO_RUN.sub(_nato, text)


def _octets(match: re.Match[str]) -> str:
    values = [int(group, 2) for group in re.findall(r"[01]{8}", match.group(0))]
    return bytes(values).decode("utf-8", "replace") + " "


def _morse(match: re.Match[str]) -> str:
    words = []
    for word in re.split(r"\s*[/|]\s*|\s{2,}", match.group(0).translate(_MORSE_SYMBOLS)):
        letters = [MORSE.get(code) for code in word.split()]
        if not letters or None in letters:
            return match.group(0)  # not Morse after all: leave the text as it was
        words.append("".join(letters))  # type: ignore[arg-type]
    return " " + " ".join(words) + " "


def _letter_numbers(match: re.Match[str]) -> str:
    return " " + "".join(chr(96 + int(number)) for number in match.group(0).split("-")) + " "


def _nato(match: re.Match[str]) -> str:
    words = re.findall(r"[a-z-]+", match.group(0).lower())
    return " " + "".join(word.replace("-", "")[0] for word in words) + " "
