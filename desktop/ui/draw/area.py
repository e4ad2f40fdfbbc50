"""The Draw area: canvas, tools, live prediction and what the model sees."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, QPoint, QSettings, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.images import FORMATS, ImageError, is_blank, looks_blank, not_a_picture, picture_name, read_ink
from ...core.reading import NOT_A_DIGIT
from ..active_model import ActiveModel
from .canvas import DrawingCanvas
from ..colors import MUTED, WARNING, set_text_color
from ..i18n import percent
from .live_prediction import LivePrediction
from .number_mode import NumberMode
from ..literal_text import literal, plain_label
from .pictures import has_picture, mime_to_ink, qimage_to_ink
from ..prediction_views import DigitImageView, ProbabilityChart
from ..samples.store import SampleStore

IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.ppm *.pgm *.pbm *.pnm"
RUNNER_UP_SHOWN_FROM = 0.10
LOADING = QT_TRANSLATE_NOOP("DrawArea", "Loading the model...")
NO_MODEL = QT_TRANSLATE_NOOP("DrawArea", "No model: open one with File > Open model (Ctrl+O)")
KEEP_HINT = QT_TRANSLATE_NOOP("DrawArea", "Right or wrong? Keep it as: press 0-9, or N for not a digit")


def image_filter() -> str:
    """The file dialog's filter of the picture formats the app reads, then all files."""
    images = QCoreApplication.translate("DrawArea", "Images ({0})").format(IMAGE_PATTERNS)
    return images + ";;" + QCoreApplication.translate("DrawArea", "All files (*)")


class DrawArea(QWidget):
    """Canvas on the left, prediction on the right.

    Emits ``predictionChanged(int, list)`` whenever the shown prediction
    changes: the digit and its 10 (calibrated) probabilities; -1 and the 10
    probabilities when the drawing is not a digit; -1 and [] when the canvas
    is empty.
    """

    predictionChanged = Signal(int, list)
    numberChanged = Signal(str, list)  # number mode: the digits read ("?" not a digit) and their confidences
    statusMessage = Signal(str)  # one line for the status bar (e.g. what was kept)

    def __init__(self, active_model: ActiveModel, samples: SampleStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.active_model = active_model
        self.samples = samples if samples is not None else SampleStore(parent=self)
        self.canvas = DrawingCanvas()
        self.live = LivePrediction(self.canvas, active_model)
        self.live.updated.connect(self.show_prediction)
        self.number = NumberMode(self.canvas, active_model)
        self.number.numberChanged.connect(self.numberChanged)
        self.number.corrected.connect(self.live.update_now)
        self.canvas.customContextMenuRequested.connect(self._number_menu)
        self.canvas.changed.connect(self._restore_keep_hint)
        self._shown: tuple[int, list] | None = None
        self.setAcceptDrops(True)

        self.toolbar = self._build_toolbar()
        left = QVBoxLayout()
        left.addWidget(self.toolbar)
        left.addWidget(self.canvas, 1)
        left.addLayout(self._build_keep_row())
        self.canvas_layout = left

        self.digit_label = plain_label("–")
        font = QFont()
        font.setPointSize(64)
        font.setBold(True)
        self.digit_label.setFont(font)
        self.digit_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digit_label.setToolTip(self.tr("The digit the network thinks you drew"))
        self.confidence_label = plain_label(self.tr("Draw a digit"))
        self.confidence_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.runner_up_label = plain_label("")
        self.runner_up_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_text_color(self.runner_up_label, WARNING)
        self.chart = ProbabilityChart()
        self.seen = DigitImageView()
        seen_box = QVBoxLayout()
        seen_box.addWidget(plain_label(self.tr("What the model sees (28x28):")))
        seen_box.addWidget(self.seen, 0, Qt.AlignmentFlag.AlignHCenter)

        right = QVBoxLayout()
        right.addWidget(self.digit_label)
        right.addWidget(self.confidence_label)
        right.addWidget(self.runner_up_label)
        right.addWidget(self.chart, 1)
        right.addLayout(seen_box)
        panel = QWidget()
        panel.setLayout(right)
        panel.setMinimumWidth(280)
        panel.setMaximumWidth(380)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(panel)
        active_model.loadingStarted.connect(self._on_model_loading)
        active_model.loadFailed.connect(self._on_model_failed)
        if QSettings().value("draw/reading_mode", "digit") == "number":
            self.set_number_mode(True)

    def set_drawing_keys(self, on: bool) -> None:
        """Let the drawing shortcuts (Delete clears, E erases, ...) act only while the canvas is shown,
        so that other areas can use the same keys."""
        for action in (self.undo_action, self.redo_action, self.clear_action, self.eraser_action, self.paste_action,
                       *self._brush_actions):
            action.setEnabled(on)

    def set_keep_keys(self, on: bool) -> None:
        """Let 0-9 and N keep the drawing only while the Draw area is shown."""
        for action in self.keep_actions.values():
            action.setEnabled(on)

    def dock_canvas(self) -> None:
        """Take the canvas back after another area borrowed it."""
        if self.canvas.parent() is not self:
            self.canvas_layout.insertWidget(1, self.canvas, 1)
            self.canvas.show()

    # -- tools --------------------------------------------------------------------------------

    def _action(self, text: str, tip: str, shortcuts, slot, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        keys = ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("Drawing tools"))
        self.eraser_action = self._action(self.tr("Eraser"), self.tr("Erase parts of the drawing"), ["E"],
                                          self._toggle_eraser, True)
        self.number_action = self._action(self.tr("Number"), self.tr("Number mode: write several digits in a row and "
                                                                     "read them as one number (right-click a digit "
                                                                     "to split or join)"), ["Ctrl+M"],
                                          self.set_number_mode, True)
        self.undo_action = self._action(self.tr("Undo"), self.tr("Undo the last stroke"),
                                        [QKeySequence.StandardKey.Undo], self.canvas.undo)
        self.redo_action = self._action(self.tr("Redo"), self.tr("Redo the stroke undone last"),
                                        ["Ctrl+Shift+Z", QKeySequence.StandardKey.Redo], self.canvas.redo)
        self.clear_action = self._action(self.tr("Clear"), self.tr("Clear the canvas"), ["Delete", "Backspace"],
                                         self.canvas.clear)
        self.open_image_action = self._action(self.tr("Open image..."),
                                              self.tr("Read a digit from a picture ({0})").format(FORMATS),
                                              ["Ctrl+I"], self.open_image_dialog)
        self.paste_action = self._action(self.tr("Paste"), self.tr("Paste a picture of a digit"),
                                         [QKeySequence.StandardKey.Paste], self.paste_image)
        self.brush_spin = QSpinBox()
        self.brush_spin.setRange(2, 60)
        self.brush_spin.setValue(int(self.canvas.brush_px))
        self.brush_spin.setSuffix(" px")
        self.brush_spin.setToolTip(self.tr("Brush width in screen pixels ([ and ] change it)"))
        self.brush_spin.valueChanged.connect(self._set_brush)
        self._brush_actions = [self._action(self.tr("Thinner"), self.tr("Thinner brush"), ["["],
                                            lambda: self.brush_spin.stepBy(-2)),
                               self._action(self.tr("Thicker"), self.tr("Thicker brush"), ["]"],
                                            lambda: self.brush_spin.stepBy(2))]
        for action in (self.undo_action, self.redo_action, self.clear_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addWidget(plain_label(" " + self.tr("Brush") + " "))
        bar.addWidget(self.brush_spin)
        bar.addAction(self.eraser_action)
        bar.addAction(self.number_action)
        bar.addSeparator()
        bar.addAction(self.open_image_action)
        return bar

    def _build_keep_row(self) -> QVBoxLayout:
        """Buttons 0-9 and "Not a digit" (keys 0-9, N) that keep the drawing with that label."""
        self.keep_actions: dict[int, QAction] = {}
        row = QHBoxLayout()
        row.setSpacing(2)
        for label in (*range(10), NOT_A_DIGIT):
            key = str(label) if label != NOT_A_DIGIT else "N"
            if label != NOT_A_DIGIT:
                name, tip = str(label), self.tr("Keep this drawing in My samples as {0}").format(label)
            else:
                name, tip = self.tr("Not a digit"), self.tr("Keep this drawing in My samples as not a digit")
            action = self._action(name, tip, [key], lambda _checked=False, label=label: self.keep_drawing(label))
            self.keep_actions[label] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(f"keep-{key}")
            row.addWidget(button)
        row.addStretch(1)
        self.keep_hint = plain_label(self.tr(KEEP_HINT))
        self.keep_hint.setWordWrap(True)
        set_text_color(self.keep_hint, MUTED)
        self.keep_hint.setToolTip(self.tr("Kept drawings make your own sample set (My samples tab): the model can be "
                                          "adapted to them, and Train can add them to MNIST"))
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(self.keep_hint)
        box.addLayout(row)
        return box

    @Slot()
    def keep_drawing(self, label: int) -> bool:
        """Keep what is drawn as ``label`` (0-9, -1: not a digit) and clear the canvas for the next one.

        The sample set is saved in the background; False (with a hint) when there is nothing to keep.
        """
        if self.canvas.image is not None:
            return self._keep_hint(self.tr("A picture has no pen strokes to keep: draw the digit to keep it"))
        if self.number_mode:
            return self._keep_hint(self.tr("Samples are single digits: leave number mode (Ctrl+M) to keep one"))
        strokes = [path for path, _width in self.canvas.ink() if len(path)]
        if not strokes:
            return self._keep_hint(self.tr("Draw something first, then press its key to keep it"))
        if self.samples.keep(label, strokes) is None:
            return self._keep_hint(self.tr("That drawing is kept already"))
        self.canvas.clear()
        count = self.samples.samples.counts()[label]
        if label == NOT_A_DIGIT:
            text = self.tr("Kept as not a digit ({0} in My samples). Draw the next one").format(count)
        else:
            text = self.tr("Kept as {0} ({1} in My samples). Draw the next one").format(label, count)
        return self._keep_hint(text, kept=True)

    @Slot()
    def _restore_keep_hint(self) -> None:
        hint = self.tr(KEEP_HINT)
        if self.keep_hint.text() != hint and not self.canvas.is_empty():
            self.keep_hint.setText(hint)

    def _keep_hint(self, text: str, kept: bool = False) -> bool:
        self.keep_hint.setText(text)
        self.statusMessage.emit(text)
        return kept

    @Slot(int)
    def _set_brush(self, value: int) -> None:
        self.canvas.brush_px = float(value)

    @Slot(bool)
    def _toggle_eraser(self, on: bool) -> None:
        self.canvas.eraser = on
        self.canvas.setCursor(Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.CrossCursor)

    # -- prediction ---------------------------------------------------------------------------

    @Slot(str)
    def _on_model_loading(self, name: str) -> None:
        if self.active_model.current is None:
            self.confidence_label.setText(self.tr(LOADING))

    @Slot(str)
    def _on_model_failed(self, message: str) -> None:
        if self.active_model.current is None and not self.active_model.loading:
            self.confidence_label.setText(self.tr(NO_MODEL))

    @Slot(object, object)
    @property
    def number_mode(self) -> bool:
        return self.number_action.isChecked()

    @Slot(bool)
    def set_number_mode(self, on: bool) -> None:
        """Read the canvas as one number (several digits) or as one digit; remembered in the settings."""
        self.number_action.setChecked(on)  # (a user's click has checked it already: only "triggered" calls here)
        QSettings().setValue("draw/reading_mode", "number" if on else "digit")
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu if on
                                         else Qt.ContextMenuPolicy.DefaultContextMenu)
        font = self.digit_label.font()
        font.setPointSize(36 if on else 64)
        self.digit_label.setFont(font)
        self.digit_label.setToolTip(self.tr("The number the network reads, digit by digit (? : not a digit)") if on
                                    else self.tr("The digit the network thinks you drew"))
        self.live.number = self.number if on else None  # read digit by digit, not the ink as one digit
        if not on:
            self.number.hide()
        self._shown = None
        self.live.update_now()

    @Slot(QPoint)
    def _number_menu(self, pos: QPoint) -> None:
        if self.number_mode:
            self.number.menu(pos).exec(self.canvas.mapToGlobal(pos))

    def _show_number(self, image: np.ndarray, probs: np.ndarray | None) -> None:
        """Number mode: the number read, the last digit's bars and 28x28 image (``image``, ``probs``)."""
        reading = self.number.reading  # read just now: LivePrediction reads the number and emits its last digit
        digits = reading.digits
        self.seen.set_image(image)
        self.chart.set_probabilities(probs)
        self.runner_up_label.setText("")
        if not digits:
            self.digit_label.setText("–")
            set_text_color(self.digit_label, MUTED)
            self.confidence_label.setText(self.tr("Write a number") if self.active_model.reader is not None
                                          else self.tr(LOADING if self.active_model.loading else NO_MODEL))
            return
        self.digit_label.setText(reading.text)
        set_text_color(self.digit_label, None)
        unsure = percent(min(reading.confidences), 0)
        if len(digits) == 1:
            text = self.tr("1 digit; least sure {0}. Right-click to split or join.").format(unsure)
        else:
            text = self.tr("{0} digits; least sure {1}. Right-click to split or join.").format(len(digits), unsure)
        self.confidence_label.setText(text)

    def show_prediction(self, image: np.ndarray, probs: np.ndarray | None) -> None:
        if self.number_mode:
            self._show_number(image, probs)
            return
        self.seen.set_image(image)
        self.chart.set_probabilities(probs)
        if probs is None:
            self.digit_label.setText("–")
            set_text_color(self.digit_label, MUTED)
            self.runner_up_label.setText("")
            if not image.any():
                self.confidence_label.setText(self.tr("Draw a digit"))
                self._emit(-1, [])
            else:
                self.confidence_label.setText(self.tr(LOADING if self.active_model.loading else NO_MODEL))
            return
        # Stable, highest first: of equal probabilities (an even spread) the lowest digit wins, as in the chart.
        order = np.argsort(-np.asarray(probs), kind="stable")
        best, second = int(order[0]), int(order[1])
        if self.live.calibration.verdict(probs) == NOT_A_DIGIT:
            self.digit_label.setText("?")
            set_text_color(self.digit_label, MUTED)
            self.confidence_label.setText(self.tr("Not a digit"))
            self.runner_up_label.setText(self.tr("closest: {0} ({1})").format(best, percent(probs[best], 1)))
            self._emit(NOT_A_DIGIT, [float(p) for p in probs])
            return
        self.digit_label.setText(str(best))
        set_text_color(self.digit_label, None)
        self.confidence_label.setText(self.tr("{0} sure").format(percent(probs[best], 1)))
        close = probs[second] >= RUNNER_UP_SHOWN_FROM
        self.runner_up_label.setText(self.tr("or maybe {0} ({1})").format(second, percent(probs[second], 1))
                                     if close else "")
        self._emit(best, [float(p) for p in probs])

    def _emit(self, digit: int, probs: list) -> None:
        if self._shown != (digit, probs):
            self._shown = (digit, probs)
            self.predictionChanged.emit(digit, probs)

    # -- images -------------------------------------------------------------------------------

    def load_image(self, image: QImage, source: str) -> bool:
        """Show an image on the canvas and predict it; False (with a message) if unusable."""
        if image.isNull():
            return self._refuse(not_a_picture(source))
        return self._show_ink(qimage_to_ink(image), source)

    def load_mime(self, mime: QMimeData, source: str) -> bool:
        """Show pasted or dropped picture data on the canvas; False (with a message) if unusable."""
        try:
            ink = mime_to_ink(mime, source)
        except ImageError as exc:
            return self._refuse(str(exc))
        return self._show_ink(ink, source)

    def _show_ink(self, ink: np.ndarray, source: str) -> bool:
        if is_blank(ink):
            return self._refuse(looks_blank(source))
        self.canvas.set_image(ink)
        return True

    def _refuse(self, message: str) -> bool:
        QMessageBox.warning(self, self.tr("Cannot use image"), literal(f"{message}."))
        return False

    @Slot()
    def open_image_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open image of a digit"), str(Path.home()),
                                               image_filter())
        if path:
            self.open_image(path)

    def open_image(self, path: str | Path) -> bool:
        """Read a picture file onto the canvas; False (with a message) if it cannot be used.

        The file is read as ``digit-recognizer predict`` reads it (core.images), so both see the same digit.
        """
        try:
            ink = read_ink(path)
        except ImageError as exc:
            return self._refuse(str(exc))
        return self._show_ink(ink, picture_name(path))

    @Slot()
    def paste_image(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is not None and has_picture(mime):
            self.load_mime(mime, self.tr("The pasted picture"))
        elif mime is not None and mime.hasUrls() and mime.urls()[0].isLocalFile():
            self.open_image(mime.urls()[0].toLocalFile())
        else:
            QMessageBox.information(self, self.tr("Nothing to paste"), self.tr("The clipboard holds no picture."))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if has_picture(mime) or (mime.hasUrls() and mime.urls()[0].isLocalFile()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if has_picture(mime):
            self.load_mime(mime, self.tr("The dropped picture"))
        else:
            self.open_image(mime.urls()[0].toLocalFile())
        event.acceptProposedAction()
