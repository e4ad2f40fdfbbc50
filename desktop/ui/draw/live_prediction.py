"""Turns canvas changes into predictions, throttled, on the GUI thread."""

from __future__ import annotations

import weakref

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from ...core.preprocess import normalize_digit
from ...core.reading import Calibration
from ...core.strokes import LiveRenderer
from ..active_model import ActiveModel
from .canvas import DrawingCanvas
from .number_mode import NumberMode
from ..throttle import AdaptiveThrottle


class LivePrediction(QObject):
    """Recomputes the 28x28 image and the probabilities when the drawing or the model changes.

    One update (vector rendering ~0.4 ms + numpy model call ~0.2 ms) runs
    directly in the GUI thread, so there are never stale results to drop;
    an :class:`AdaptiveThrottle` keeps it from taking the whole thread. Emits
    ``updated(image, probabilities)``: the model card's calibrated
    probabilities (see ``core.reading``), of the image and, once the pen is
    up, of the pen path too when the model has a path network
    (``core.path_reading``; ``calibration`` then holds that reading's
    calibration); None for an empty canvas or while no model is loaded.
    With a ``number`` mode set, the ink is read as a number instead (see
    ``number_mode``), and ``updated`` carries the last digit's image and
    probabilities: the digit just written is what the other areas explain.
    """

    updated = Signal(object, object)

    def __init__(self, canvas: DrawingCanvas, active_model: ActiveModel, min_gap_ms: float = 0.0) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.active_model = active_model
        # Up to two thirds of the GUI thread while drawing: a 125 Hz mouse then gets every move
        # read at once (with half, jittered events waited up to an update's length: p95 8.8 -> 4.1 ms).
        self.throttle = AdaptiveThrottle(self.update_now, min_gap_ms, self, busy_share=2 / 3)
        self._image_digit: np.ndarray | None = None
        self.number: NumberMode | None = None  # set while the ink is read as a number
        # The calibration of the last reading: the image's, or the joined reading's when the pen path
        # was read too (core/path_reading.py). Says where "not a digit" starts for those probabilities.
        self.calibration = Calibration()
        # The last image read, by which model, and its raw probabilities: lifting the pen leaves the image
        # as the last move made it, so that reading is reused and only the pen path is read then.
        self._last_read: tuple[np.ndarray, weakref.ref, np.ndarray] | None = None  # (image, model, raw)
        self._render = LiveRenderer()
        canvas.changed.connect(self._canvas_changed)
        canvas.imageChanged.connect(self._forget_image)
        active_model.changed.connect(self.throttle.request)
        active_model.previewReady.connect(self.throttle.request)
        active_model.loadFailed.connect(self.throttle.request)

    @Slot()
    def _canvas_changed(self) -> None:
        """Moves of the pen are read as the throttle allows; any other change (the pen lifted, undo,
        clear) at once: it comes once per stroke, and it is the reading a person waits for."""
        if not self.canvas.pen_down():
            self.throttle.run_now()
        else:
            self.throttle.request()

    @Slot()
    def _forget_image(self) -> None:
        self._image_digit = None

    def pending(self) -> bool:
        """True while a change waits for its (throttled) update."""
        return self.throttle.pending()

    def current_image(self) -> np.ndarray:
        """The 28x28 image for what the canvas shows now."""
        if self.canvas.image is not None:
            if self._image_digit is None:  # raster path: normalise once per imported image
                self._image_digit = normalize_digit(self.canvas.image)
            return self._image_digit
        return self._render(*self.canvas.segment_parts())

    def update_now(self) -> None:
        """Predict what the canvas shows now (called through the throttle)."""
        if self.number is not None:
            self._update_number(self.number)
            return
        image = self.current_image()
        loaded = self.active_model.reader
        probs = None
        if loaded is not None:
            self.calibration = loaded.calibration
        if loaded is not None and image.any():
            raw = self._image_probabilities(image, loaded)
            strokes = self._finished_strokes() if loaded.path_reader is not None else []
            if strokes:
                probs = loaded.path_reader.probabilities(raw, strokes)
                self.calibration = loaded.path_reader.calibration
            else:
                probs = loaded.calibration.probabilities(raw)
        self.updated.emit(image, probs)

    def _update_number(self, number: NumberMode) -> None:
        """Read the ink as a number; emit its last digit (the whole ink is never rendered as one digit)."""
        digits = number.update().digits
        if digits:
            self.updated.emit(digits[-1].image, digits[-1].probabilities)
        else:  # an empty canvas, a picture, or no model yet
            self.updated.emit(self.current_image(), None)

    def _image_probabilities(self, image: np.ndarray, loaded) -> np.ndarray:
        """The model's raw probabilities for ``image``, reused when it is the image read last."""
        last = self._last_read
        if last is not None and last[1]() is loaded and np.array_equal(last[0], image):
            return last[2]
        raw = loaded.predictor(image)
        self._last_read = (image.copy(), weakref.ref(loaded), raw)  # weak: an old model is not kept alive
        return raw

    def _finished_strokes(self) -> list[np.ndarray]:
        """The drawing's strokes once the pen is up ([] while a stroke is drawn, or for a picture).

        The path is read at pen-up only: its ~1 ms would otherwise be added to every move's reading,
        and a half-drawn stroke's path says little."""
        if self.canvas.image is not None or self.canvas.pen_down():
            return []
        return [path for path, _width in self.canvas.ink() if len(path)]
