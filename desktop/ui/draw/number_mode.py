"""Number mode: the canvas read as a whole number, a box and a reading per digit, splits and joins by hand."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMenu

from ...core.number import NumberReader, NumberReading, in_numbers
from ...core.path_reading import drawing_reader
from ..active_model import ActiveModel
from .canvas import DrawingCanvas
from ..i18n import percent

SURE = QColor(90, 200, 110)
UNSURE = QColor(240, 170, 40)
NOT_DIGIT = QColor(230, 80, 80)


class NumberMode(QObject):
    """Reads the canvas' ink as a number with the active model (see ``core.number``).

    ``numberChanged(text, confidences)``: the digits read (``?`` for a group that is not a digit,
    "" for an empty canvas) and each digit's confidence, emitted when either changes. The user's
    cuts (x in canvas units) and joins (pairs of x) stay until the canvas is cleared; ``corrected``
    is emitted when they change, for the owner to read the canvas again (``LivePrediction.update_now``).
    """

    numberChanged = Signal(str, list)
    corrected = Signal()

    def __init__(self, canvas: DrawingCanvas, active_model: ActiveModel) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.active_model = active_model
        self.cuts: list[float] = []
        self.joins: list[tuple[float, float]] = []
        self.reading = NumberReading()
        self._reader: NumberReader | None = None
        self._reader_of = None  # the loaded model the reader reads with
        self._shown: tuple[str, list] | None = None

    def _number_reader(self) -> NumberReader | None:
        loaded = self.active_model.reader
        if loaded is None:
            return None
        if self._reader is None or self._reader_of is not loaded:
            self._reader = NumberReader(drawing_reader(loaded.predictor, loaded.calibration, loaded.path_reader,
                                                       in_numbers))
            self._reader_of = loaded
        return self._reader

    def update(self) -> NumberReading:
        """Read the canvas now; box each digit on it and say the number if it changed."""
        ink = self.canvas.ink() if self.canvas.image is None else []
        if not ink:
            self.cuts, self.joins = [], []
        reader = self._number_reader()
        self.reading = reader.read(ink, self.cuts, self.joins) if reader is not None and ink else NumberReading()
        self.canvas.set_groups([(d.group.box, _label(d.digit, d.confidence), _colour(d.digit, d.confidence))
                                for d in self.reading.digits])
        shown = (self.reading.text, [round(c, 4) for c in self.reading.confidences])
        if shown != self._shown:
            self._shown = shown
            self.numberChanged.emit(*shown)
        return self.reading

    def hide(self) -> None:
        """Number mode off: no boxes on the canvas."""
        self.canvas.set_groups([])
        self._shown = None

    # -- corrections ----------------------------------------------------------------------------

    def split_at(self, x: float) -> None:
        """Keep the ink left and right of ``x`` (canvas units) apart; a stroke across it is cut there."""
        self.cuts.append(float(x))
        self.joins = [j for j in self.joins if not min(j) < x < max(j)]
        self.corrected.emit()

    def join(self, index: int) -> bool:
        """Make digit ``index`` and the one after it one digit; False if there is none after it."""
        digits = self.reading.digits
        if not 0 <= index < len(digits) - 1:
            return False
        a, b = digits[index].group, digits[index + 1].group
        self.cuts = [c for c in self.cuts if not a.centre_x < c < b.centre_x]
        self.joins.append((a.centre_x, b.centre_x))
        self.corrected.emit()
        return True

    def undo_corrections(self) -> None:
        self.cuts, self.joins = [], []
        self.corrected.emit()

    def digit_at(self, x: float) -> int | None:
        """The digit whose box spans ``x`` (canvas units), else the nearest; None without digits."""
        digits = self.reading.digits
        if not digits:
            return None
        inside = [i for i, d in enumerate(digits) if d.group.box[0] <= x <= d.group.box[2]]
        if inside:
            return inside[0]
        return int(np.argmin([abs(d.group.centre_x - x) for d in digits]))

    def menu(self, pos: QPoint) -> QMenu:
        """The canvas' context menu at ``pos`` (widget pixels): split here, join with a neighbour, undo."""
        x, _ = self.canvas.to_units(pos)
        menu = QMenu(self.canvas)
        split = menu.addAction(self.tr("Split the digits here"))
        split.setToolTip(self.tr("Read the ink left and right of this point as two digits"))
        split.triggered.connect(lambda: self.split_at(x))
        index = self.digit_at(x)
        count = len(self.reading.digits)
        previous = menu.addAction(self.tr("Join with the digit before"))
        previous.setEnabled(index is not None and index > 0)
        previous.triggered.connect(lambda: self.join(index - 1))
        following = menu.addAction(self.tr("Join with the digit after"))
        following.setEnabled(index is not None and index < count - 1)
        following.triggered.connect(lambda: self.join(index))
        menu.addSeparator()
        undo = menu.addAction(self.tr("Undo my splits and joins"))
        undo.setEnabled(bool(self.cuts or self.joins))
        undo.triggered.connect(self.undo_corrections)
        return menu


def _label(digit: int | None, confidence: float) -> str:
    return f"{'?' if digit is None else digit} ({percent(confidence, 0)})"


def _colour(digit: int | None, confidence: float) -> QColor:
    if digit is None:
        return NOT_DIGIT
    return SURE if confidence >= 0.9 else UNSURE


__all__ = ["NumberMode"]
