"""The adaptive throttle that keeps the inspector's refreshes to their share of the GUI thread."""

from __future__ import annotations

import pytest

from desktop.ui.throttle import AdaptiveThrottle


def test_follow_up_work_counts_once_toward_the_wait_before_the_next_update(qtbot):
    calls = []
    throttle = AdaptiveThrottle(lambda: calls.append(1), min_gap_ms=0)
    throttle.run_now()
    update = throttle.last_duration_ms
    throttle.add_busy(400)
    throttle.add_busy(400)  # the same update's follow-up, measured again: not added twice
    assert throttle.last_duration_ms == pytest.approx(update + 400)
    throttle.request()  # half the GUI thread at most: it waits as long as the update and its follow-up took
    assert throttle.pending() and calls == [1]
    qtbot.waitUntil(lambda: calls == [1, 1], timeout=5000)
    assert throttle.last_duration_ms == pytest.approx(throttle._update_ms)  # a new update starts afresh
