"""Run an expensive GUI update at most as often as it can afford to."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot


class AdaptiveThrottle(QObject):
    """Calls ``update`` on request, leaving the GUI thread free between calls.

    The updates may take at most ``busy_share`` of the GUI thread: after an
    update that took ``d`` ms the next one waits until ``d * (1 - busy_share)
    / busy_share`` ms (and ``min_gap_ms``) have passed; requests in between
    are merged into one, picked up by a single-shot timer. So the newest state
    is always what is shown, and the rest of the GUI keeps its share.
    """

    def __init__(self, update: Callable[[], None], min_gap_ms: float, parent: QObject | None = None,
                 busy_share: float = 0.5) -> None:
        super().__init__(parent)
        self._update = update
        self.min_gap_ms = min_gap_ms
        self._rest_per_busy = (1.0 - busy_share) / busy_share
        self.last_duration_ms = self._update_ms = 0.0
        self._last_end = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_now)

    @Slot()
    def request(self) -> None:
        """Ask for an update: now if the throttle allows, else once the gap has passed."""
        if self._timer.isActive():
            return
        rest = max(self.last_duration_ms * self._rest_per_busy, self.min_gap_ms)
        wait = rest - (time.perf_counter() - self._last_end) * 1000
        if wait <= 0:
            self.run_now()
        else:
            self._timer.start(math.ceil(wait))

    def add_busy(self, ms: float) -> None:
        """Count ``ms`` of follow-up work (done after the last update, in its own event) as part of that update."""
        self.last_duration_ms = self._update_ms + ms
        self._last_end = time.perf_counter()

    def pending(self) -> bool:
        """True while a request waits for its (throttled) update."""
        return self._timer.isActive()

    def cancel(self) -> None:
        """Forget a waiting request."""
        self._timer.stop()

    @Slot()
    def run_now(self) -> None:
        """Update immediately (a waiting request is served by this call)."""
        start = time.perf_counter()
        self._timer.stop()
        self._update()
        self._last_end = time.perf_counter()
        self.last_duration_ms = self._update_ms = (self._last_end - start) * 1000
