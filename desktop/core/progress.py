"""A text progress bar for training in a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from .i18n import translate
from .training import TrainingListener


def format_seconds(seconds: float) -> str:
    """12.3 -> '12s', 125 -> '2m05s'."""
    seconds = max(0, int(round(seconds)))
    if seconds >= 60:
        return translate("progress", "{0}m{1}s").format(seconds // 60, f"{seconds % 60:02d}")
    return translate("progress", "{0}s").format(seconds)


class ConsoleProgress(TrainingListener):
    """Draws ``Epoch 2/5 [=====>   ] 400/844 loss 0.0812 acc 0.9751 ETA 6s``.

    On a terminal the bar is redrawn in place a few times a second; otherwise
    (logs, pipes) one line is printed per epoch.
    """

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self.stream = stream or sys.stdout
        self.width = width
        self.live = self.stream.isatty()
        self.epochs = 0
        self.steps = 0
        self._epoch_start = 0.0
        self._last_draw = 0.0
        self._done = 0  # batches done in the current epoch

    def on_train_begin(self, epochs: int, steps_per_epoch: int) -> None:
        self.epochs, self.steps = epochs, steps_per_epoch

    def _bar(self, epoch: int, done: int, logs: dict[str, float], tail: str) -> str:
        filled = int(self.width * done / max(self.steps, 1))
        arrow = ">" if filled < self.width else ""
        bar = "=" * filled + arrow + " " * (self.width - filled - len(arrow))
        return (
            f"Epoch {epoch + 1}/{self.epochs} [{bar}] {done}/{self.steps} "
            f"loss {logs.get('loss', float('nan')):.4f} acc {logs.get('accuracy', float('nan')):.4f} {tail}"
        )

    def on_batch_end(self, epoch: int, step: int, logs: dict[str, float]) -> None:
        now = time.perf_counter()
        if step == 0:
            self._epoch_start = now
        self._done = step + 1
        if not self.live or now - self._last_draw < 0.2:
            return
        self._last_draw = now
        done = step + 1
        eta = (now - self._epoch_start) / done * (self.steps - done)
        self.stream.write("\r" + self._bar(epoch, done, logs, f"ETA {format_seconds(eta)}") + "\033[K")
        self.stream.flush()

    def on_epoch_end(self, epoch: int, logs: dict[str, float]) -> None:
        took = format_seconds(time.perf_counter() - self._epoch_start)
        val = ""
        if "val_loss" in logs:
            val = f"val_loss {logs['val_loss']:.4f} val_acc {logs.get('val_accuracy', float('nan')):.4f} "
        # A stop (Ctrl-C) ends the epoch early: show the batches that ran, not a full bar.
        done = self._done if 0 < self._done < self.steps else self.steps
        stopped = "" if done == self.steps else " (stopped)"
        line = self._bar(epoch, done, logs, f"{val}{took}{stopped}")
        self.stream.write(("\r" if self.live else "") + line + ("\033[K" if self.live else "") + "\n")
        self.stream.flush()
