"""From a network's probabilities to what the app says: a digit, or "not a digit".

A softmax is over-confident, and a network never shown anything but digits
puts 100 % on some digit for a scribble. The shipped model is trained to
spread its probability evenly over the digits for non-digit marks, and its
model card carries a :class:`Calibration` fitted on writers it never trained
on: a temperature that makes the shown confidence honest, and the
confidence below which a drawing is called "not a digit".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NOT_A_DIGIT = -1


@dataclass(frozen=True)
class Calibration:
    """``temperature`` divides the logits; a calibrated top probability below ``reject_below`` means
    "not a digit" (0 never rejects)."""

    temperature: float = 1.0
    reject_below: float = 0.0

    @staticmethod
    def from_dict(data: object) -> "Calibration":
        """From a model card's ``"calibration"`` entry; anything unusable gives no calibration."""
        if not isinstance(data, dict):
            return Calibration()
        try:
            temperature = float(data.get("temperature", 1.0))
            reject = float(data.get("reject_below", 0.0))
        except (TypeError, ValueError):
            return Calibration()
        if not (0.05 <= temperature <= 20 and 0.0 <= reject < 1.0):
            return Calibration()
        return Calibration(temperature, reject)

    def to_dict(self) -> dict[str, float]:
        # Not rounded: non-digits crowd just above 0.1 (an even spread), so the fourth decimal matters.
        return {"temperature": float(self.temperature), "reject_below": float(self.reject_below)}

    def probabilities(self, probs: np.ndarray) -> np.ndarray:
        """Calibrated probabilities (same shape) from a softmax output."""
        return tempered(probs, self.temperature)

    def read(self, probs: np.ndarray) -> tuple[int, np.ndarray]:
        """The digit read (or -1, not a digit) and the calibrated probabilities of one image."""
        calibrated = self.probabilities(np.asarray(probs, dtype=np.float64))
        return self.verdict(calibrated), calibrated

    def verdict(self, calibrated: np.ndarray) -> int:
        """The digit that calibrated probabilities (10,) say, or -1 when the top one is below the threshold."""
        best = int(np.argmax(calibrated))
        return NOT_A_DIGIT if calibrated[best] < self.reject_below else best

    def read_batch(self, probs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Digits read (-1 where rejected) and calibrated probabilities of a batch (N, 10)."""
        calibrated = self.probabilities(np.asarray(probs, dtype=np.float64))
        digits = calibrated.argmax(axis=1)
        digits[calibrated.max(axis=1) < self.reject_below] = NOT_A_DIGIT
        return digits, calibrated


def tempered(probs: np.ndarray, temperature: float) -> np.ndarray:
    """Softmax outputs with their logits divided by ``temperature`` (log p is the logits up to a constant)."""
    if temperature == 1.0:
        return probs
    logits = np.log(np.clip(probs, 1e-30, 1.0)) / temperature
    logits -= logits.max(axis=-1, keepdims=True)
    e = np.exp(logits)
    return e / e.sum(axis=-1, keepdims=True)


def negative_log_likelihood(probs: np.ndarray, labels: np.ndarray) -> float:
    return float(-np.log(np.clip(probs[np.arange(len(labels)), labels], 1e-12, 1.0)).mean())


def fit_temperature(probs: np.ndarray, labels: np.ndarray) -> float:
    """The temperature (0.25-10) that minimises the negative log-likelihood of ``labels``."""
    grid = np.exp(np.linspace(np.log(0.25), np.log(10.0), 241))
    losses = [negative_log_likelihood(tempered(probs, t), labels) for t in grid]
    return float(grid[int(np.argmin(losses))])


def expected_calibration_error(probs: np.ndarray, labels: np.ndarray, bins: int = 15) -> float:
    """Expected calibration error: the gap between confidence and accuracy, weighted over ``bins`` bins."""
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == labels
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(confidence, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        members = which == b
        if members.any():
            total += members.mean() * abs(confidence[members].mean() - correct[members].mean())
    return float(total)


def threshold_for(digit_confidence: np.ndarray, max_rejected: float) -> float:
    """The highest confidence threshold that rejects at most ``max_rejected`` of these digits."""
    ordered = np.sort(np.asarray(digit_confidence, dtype=np.float64))
    allowed = int(np.floor(max_rejected * len(ordered)))  # this many may fall below
    if allowed >= len(ordered):
        return 1.0
    return float(ordered[allowed])


__all__ = ["Calibration", "NOT_A_DIGIT", "expected_calibration_error", "fit_temperature", "negative_log_likelihood",
           "tempered", "threshold_for"]
