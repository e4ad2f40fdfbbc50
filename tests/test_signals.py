"""Guards against the PySide6 6.12.0 bug that aborts Python 3.11 after a few hundred emits."""

import PySide6
from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    ticked = Signal(int, bool)


class Counter(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0
        self.last = None

    def on_tick(self, value: int, flag: bool) -> None:
        self.count += 1
        self.last = (value, flag)


def test_ten_thousand_emits_survive(qapp):
    emitter, counter = Emitter(), Counter()
    emitter.ticked.connect(counter.on_tick)
    for i in range(10_000):
        emitter.ticked.emit(i, i % 2 == 0)
    assert counter.count == 10_000
    assert counter.last == (9_999, False)


def test_installed_pyside6_is_not_the_broken_release():
    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12)
