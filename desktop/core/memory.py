"""Memory: handing what Python and TensorFlow freed back to the operating system, and how much there is."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import math
import os
import sys

from .i18n import number


def size_text(n_bytes: float) -> str:
    """Bytes as people read them: ``19.8 MB``, ``12.3 GB``; ``about 10^19 bytes`` past a petabyte
    (header dimensions can multiply past any float, so whole numbers stay whole)."""
    if n_bytes >= 10**15:
        return f"about 10^{int(math.log10(n_bytes))} bytes"
    return f"{number(n_bytes / 1e9, 1)} GB" if n_bytes >= 1e9 else f"{number(n_bytes / 1e6, 1)} MB"


@functools.lru_cache(maxsize=1)
def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (the only one whose allocator is tuned here)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim, libc.mallopt  # noqa: B018  (musl has neither)
    except (OSError, AttributeError):
        return None
    return libc


def release_freed_memory() -> bool:
    """Return the free pages of every malloc arena to the system; True where that is possible (glibc).

    A training run allocates and frees a lot from several threads (TensorFlow's
    pools, tf.data, the worker). glibc keeps what they freed in per-thread
    arenas, so the process' memory (RSS) kept growing from run to run by an
    amount that depended on the machine's load, although nothing was leaked.
    ``malloc_trim`` releases the GIL while it runs (ctypes does), so it can
    be called from a worker thread without stalling the GUI.
    """
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True


M_ARENA_MAX = -8  # mallopt() parameter number, from glibc's malloc.h


def limit_malloc_arenas(arenas: int | None = None) -> bool:
    """Let glibc keep at most ``arenas`` malloc arenas (default: one per core); True where applied.

    glibc gives threads their own arenas, up to eight per core. Every run
    of training brings new threads (the worker's, tf.data's), and each
    new arena keeps some memory that cannot be handed back: the app's memory
    grew by about 1 MB a run for its first twenty runs, more on a loaded
    machine. With one arena per core it stays flat. Call before
    TensorFlow starts its threads.
    """
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(M_ARENA_MAX, max(1, arenas or os.cpu_count() or 2)))


def physical_memory() -> int | None:
    """This computer's memory in bytes, None where it cannot be told."""
    if sys.platform == "win32":
        return _windows_memory()
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None
    return total if total > 0 else None


def _windows_memory() -> int | None:
    class MemoryStatus(ctypes.Structure):
        _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong), ("total", ctypes.c_ulonglong),
                    ("available", ctypes.c_ulonglong), ("page_total", ctypes.c_ulonglong),
                    ("page_available", ctypes.c_ulonglong), ("virtual_total", ctypes.c_ulonglong),
                    ("virtual_available", ctypes.c_ulonglong), ("extended", ctypes.c_ulonglong)]

    status = MemoryStatus(length=ctypes.sizeof(MemoryStatus))
    try:
        ok = ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    return int(status.total) if ok else None
