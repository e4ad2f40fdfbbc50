"""Names a person gives a network, turned into what Keras and file systems accept.

The name the user typed stays as it is wherever it is shown or stored as text
(the spec's JSON, "custom: NAME", the model card). Two places cannot take any
text: Keras model names must match TensorFlow's scope pattern
``[A-Za-z0-9.][A-Za-z0-9_.-]*`` (an invalid one fails only once training
starts), and file names may not hold path separators or the characters
Windows, macOS and Linux reject. :func:`keras_name` and :func:`file_stem`
derive those two from the user's name.
"""

from __future__ import annotations

import re
import unicodedata

FALLBACK = "custom"
KERAS_NAME_LENGTH = 64
FILE_STEM_BYTES = 100  # leaves room for "-YYYYmmdd-HHMMSS", ".card.json" and the temporary-file affixes

# Latin letters that NFKD does not split into an ASCII letter and a mark.
_LATIN = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
                        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th",
                        "ı": "i", "ħ": "h", "Ħ": "H"})

# Reserved device names on Windows, also with any extension ("con.json").
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                     *(f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³"))}
# What no file name may hold on one of the three systems: separators, Windows' <>:"|?*, control
# characters, line and paragraph separators, and lone surrogates (JSON can hold "\ud83d").
_FILE_FORBIDDEN = re.compile('[/\\\\<>:"|?*\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]+')


def keras_name(name: str) -> str:
    """A Keras/TensorFlow-safe model name derived from ``name``.

    Accented letters lose their accents (``Mạng`` -> ``Mang``), full-width and
    other compatibility forms become plain ASCII, every run of other characters
    becomes one ``_``, the name starts with a letter or digit and is at most
    64 characters long; nothing usable left gives ``"custom"``.
    """
    text = unicodedata.normalize("NFKD", str(name).translate(_LATIN))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^A-Za-z0-9_.-]+", "_", text)
    text = re.sub(r"^[^A-Za-z0-9]+", "", text)[:KERAS_NAME_LENGTH]
    return re.sub(r"[_.-]+$", "", text) or FALLBACK


def _joins_previous(ch: str) -> bool:
    """Whether ``ch`` belongs to the character before it: accents, emoji joiners, variation selectors, skin tones."""
    return (unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in "\u200d\ufe0e\ufe0f"
            or "\U0001f3fb" <= ch <= "\U0001f3ff")


def _trim_bytes(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` UTF-8 bytes, never inside a letter with accents or an emoji sequence."""
    if len(text.encode("utf-8", "surrogatepass")) <= limit:
        return text
    end = size = 0
    for i, ch in enumerate(text):
        size += len(ch.encode("utf-8", "surrogatepass"))
        if size > limit:
            break
        if i + 1 == len(text) or not (_joins_previous(text[i + 1]) or ch == "\u200d"):
            end = i + 1
    return text[:end]


def file_stem(name: str, max_bytes: int = FILE_STEM_BYTES) -> str:
    """A file name (without suffix) for ``name`` that every common file system accepts.

    The user's Unicode name is kept; what changes: path separators, Windows'
    ``<>:"|?*`` and control characters (each run becomes one ``_``), leading
    dots and spaces (hidden files), a leading ``-`` (read as an option by
    shells), trailing dots and spaces (dropped by Windows), Windows device
    names (``CON`` -> ``CON_``), and the length, cut to ``max_bytes`` UTF-8
    bytes. Nothing usable left gives ``"custom"``.
    """
    text = _FILE_FORBIDDEN.sub("_", str(name)).lstrip(" .-")
    text = _trim_bytes(text, max_bytes).rstrip(" .")
    base = text.split(".")[0]
    if base.rstrip(" ").upper() in _WINDOWS_RESERVED:
        text = _trim_bytes(base + "_" + text[len(base):], max_bytes).rstrip(" .")
    return text or FALLBACK


__all__ = ["FALLBACK", "file_stem", "keras_name"]


def stamped(name: str, stamp: str) -> tuple[str, str]:
    """The ``.keras`` file name and the model name for a network ``name`` trained at ``stamp``.

    The file name is the name made safe for any file system; the model keeps
    the name as the user wrote it. Both carry the time, so runs do not collide.
    """
    return f"{file_stem(name)}-{stamp}.keras", f"{name}-{stamp}"
