"""Sliders that change the normalised digit (shift, turn, scale, thickness, noise, a square to drag)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QSlider, QWidget

from ...core.perturb import SIZE, Perturbation
from ..literal_text import plain_label
from ..prediction_views import DigitImageView


class PerturbedInput(DigitImageView):
    """The 28x28 input every model receives, with the occluding square outlined; drag to move the square.

    ``occluderMoved(x, y)`` gives the square's new top-left pixel.
    """

    occluderMoved = Signal(int, int)

    def __init__(self, scale: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(scale, parent)
        self.setToolTip(self.tr("What every model receives: your digit, normalised as MNIST, then changed by the "
                                "sliders. Drag the grey square to cover part of it."))
        self.square: tuple[int, int, int] | None = None
        self._grab: QPointF | None = None  # where in the square the mouse took it

    def set_square(self, square: tuple[int, int, int] | None) -> None:
        self.square = square
        self.setCursor(Qt.CursorShape.OpenHandCursor if square else Qt.CursorShape.ArrowCursor)
        self.update()

    def pixel_at(self, pos: QPointF) -> QPointF:
        """The 28x28 pixel coordinates of a widget position."""
        left = (self.width() - SIZE * self.pixel_scale) / 2
        top = (self.height() - SIZE * self.pixel_scale) / 2
        return QPointF((pos.x() - left) / self.pixel_scale, (pos.y() - top) / self.pixel_scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.square is None or event.button() != Qt.MouseButton.LeftButton:
            return
        x, y, side = self.square
        at = self.pixel_at(event.position())
        # Grabbed inside: it moves with the mouse from there; outside: its middle jumps to the mouse.
        inside = x <= at.x() < x + side and y <= at.y() < y + side
        self._grab = QPointF(at.x() - x, at.y() - y) if inside else QPointF(side / 2, side / 2)
        self._move_to(at)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab is not None:
            self._move_to(self.pixel_at(event.position()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._grab = None

    def _move_to(self, at: QPointF) -> None:
        side = self.square[2]
        x = int(np.clip(round(at.x() - self._grab.x()), 0, SIZE - side))
        y = int(np.clip(round(at.y() - self._grab.y()), 0, SIZE - side))
        if (x, y) != self.square[:2]:
            self.occluderMoved.emit(x, y)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.square is None:
            return
        x, y, side = self.square
        left = (self.width() - SIZE * self.pixel_scale) / 2
        top = (self.height() - SIZE * self.pixel_scale) / 2
        painter = QPainter(self)
        painter.setPen(QPen(QColor(230, 160, 0), 2, Qt.PenStyle.DashLine))
        s = self.pixel_scale
        painter.drawRect(QRectF(left + x * s, top + y * s, side * s, side * s))


def _slider(low: int, high: int, value: int, tip: str) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(low, high)
    slider.setValue(value)
    slider.setToolTip(tip)
    return slider


class PerturbPanel(QGroupBox):
    """The perturbation controls; ``changed()`` fires with every change, ``perturbation()`` is the result."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the digit"), parent)
        self.setToolTip(self.tr("Applied after the MNIST-style normalisation, so it is not undone by it"))
        self.shift_x = _slider(-10, 10, 0,
                               self.tr("Move the digit right (+) or left (-), in pixels of the 28x28 image"))
        self.shift_y = _slider(-10, 10, 0, self.tr("Move the digit down (+) or up (-), in pixels of the 28x28 image"))
        self.rotate = _slider(-90, 90, 0, self.tr("Turn the digit, in degrees (counter-clockwise +)"))
        self.scale = _slider(40, 160, 100, self.tr("Grow or shrink the digit about the middle of the image, in %"))
        self.thickness = _slider(-1, 3, 0, self.tr("Thicken (+) or thin (-) the strokes, in pixels"))
        self.noise = _slider(0, 50, 0, self.tr("Add Gaussian noise: its standard deviation, in % of full ink"))
        self.occlude = QCheckBox(self.tr("cover a square"))
        self.occlude.setToolTip(self.tr("Black out a square of the input; drag it on the image"))
        self.occluder_size = _slider(2, 14, 8, self.tr("Side of the square, in pixels"))
        self.square_xy = (10, 10)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the digit as normalised (all sliders to their middle or zero)"))
        self.reset_button.clicked.connect(self.reset)
        form = QFormLayout(self)
        self._labels: dict[QSlider, tuple] = {}  # slider -> (its value label, format)
        rows = [(self.tr("Shift right"), self.shift_x, "{:+d} px"), (self.tr("Shift down"), self.shift_y, "{:+d} px"),
                (self.tr("Rotate"), self.rotate, "{:+d}°"), (self.tr("Scale"), self.scale, "{:d} %"),
                (self.tr("Thickness"), self.thickness, "{:+d} px"), (self.tr("Noise"), self.noise, "σ {:d} %")]
        for name, slider, fmt in rows:
            value = plain_label("")
            value.setMinimumWidth(48)
            self._labels[slider] = (value, fmt)
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(value)
            form.addRow(plain_label(name), row)
            slider.valueChanged.connect(self._on_change)
        occlusion = QHBoxLayout()
        occlusion.addWidget(self.occlude)
        occlusion.addWidget(self.occluder_size, 1)
        form.addRow(plain_label(self.tr("Occlude")), occlusion)
        form.addRow(self.reset_button)
        self.occlude.toggled.connect(self._on_change)
        self.occluder_size.valueChanged.connect(self._on_change)
        self._show_values()

    def perturbation(self) -> Perturbation:
        square = None
        if self.occlude.isChecked():
            side = self.occluder_size.value()
            x, y = (min(v, SIZE - side) for v in self.square_xy)
            square = (x, y, side)
        return Perturbation(shift_x=self.shift_x.value(), shift_y=self.shift_y.value(), rotate=float(self.rotate.value()),
                            scale=self.scale.value() / 100, thickness=self.thickness.value(),
                            noise=self.noise.value() / 100, occlusion=square)

    @Slot(int, int)
    def move_square(self, x: int, y: int) -> None:
        """The occluding square's top-left pixel (dragged on the input view)."""
        self.square_xy = (x, y)
        self.changed.emit()

    @Slot()
    def reset(self) -> None:
        for slider, value in ((self.shift_x, 0), (self.shift_y, 0), (self.rotate, 0), (self.scale, 100),
                              (self.thickness, 0), (self.noise, 0)):
            slider.blockSignals(True)
            slider.setValue(value)
            slider.blockSignals(False)
        self.occlude.blockSignals(True)
        self.occlude.setChecked(False)
        self.occlude.blockSignals(False)
        self._on_change()

    @Slot()
    def _on_change(self) -> None:
        self._show_values()
        self.changed.emit()

    def _show_values(self) -> None:
        for slider, (label, fmt) in self._labels.items():
            label.setText(fmt.format(slider.value()))


__all__ = ["PerturbPanel", "PerturbedInput"]
