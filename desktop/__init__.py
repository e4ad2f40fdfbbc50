"""Digit Recognizer: a desktop app for learning how CNNs read handwritten digits."""

__version__ = "0.1.0"
