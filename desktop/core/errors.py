"""Exceptions from libraries, said in one line for people."""

from __future__ import annotations


def first_line(exc: BaseException, limit: int = 200, with_type: bool = False) -> str:
    """The first line of ``exc``'s message, at most ``limit`` characters (the type's name when it has none).

    Libraries (Keras, Pillow) put whole tracebacks or dumps into their
    messages; the app shows one line of them.
    """
    text = str(exc).strip()
    if not text:
        return type(exc).__name__
    line = text.splitlines()[0][:limit]
    return f"{type(exc).__name__}: {line}" if with_type else line
