"""Stroke geometry and MNIST-style rendering, without Qt."""

import numpy as np
import pytest

from desktop.core.preprocess import ink_from_grey, normalize_digit
from desktop.core.strokes import Drawing, Stroke, apply_erasers, to_mnist

SEVEN = [np.array([[10, 10], [60, 10], [30, 90]], float)]
FOUR = [np.array([[40, 0], [5, 60], [70, 60]], float), np.array([[50, 20], [50, 100]], float)]


def centre_of_mass(image):
    idx = np.arange(28) + 0.5
    m = image.sum()
    return (image.sum(axis=0) * idx).sum() / m, (image.sum(axis=1) * idx).sum() / m


def ink_extent(image, threshold=0.5):
    rows = np.flatnonzero(image.max(axis=1) > threshold)
    cols = np.flatnonzero(image.max(axis=0) > threshold)
    return rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1


def test_position_and_size_do_not_change_the_image():
    base = to_mnist(FOUR)
    for scale, shift in [(0.3, (500, 20)), (4.0, (-100, 900)), (11.0, (3, 3))]:
        moved = to_mnist([p * scale + shift for p in FOUR])
        assert np.abs(moved - base).max() < 1e-4


def test_like_mnist_fits_20x20_and_is_centred_by_mass():
    image = to_mnist(FOUR)
    assert image.dtype == np.float32 and image.shape == (28, 28)
    assert 0 <= image.min() and image.max() == 1.0
    height, width = ink_extent(image)
    assert 18 <= max(height, width) <= 20
    cx, cy = centre_of_mass(image)
    assert abs(cx - 14) < 0.05 and abs(cy - 14) < 0.05


def test_tall_thin_one_keeps_its_aspect_ratio():
    image = to_mnist([np.array([[0, 0], [3, 100]], float)])
    height, width = ink_extent(image)
    assert height >= 18 and width <= 3


def test_empty_and_single_dot():
    assert not to_mnist([]).any()
    dot = to_mnist([np.array([[5, 5]], float)])
    assert dot.any() and ink_extent(dot) == (2, 2)
    cx, cy = centre_of_mass(dot)
    assert abs(cx - 14) < 0.05 and abs(cy - 14) < 0.05


def test_drawing_undo_redo_clear():
    d = Drawing()
    a, b = Stroke.of([[0, 0], [1, 1]], 5), Stroke.of([[2, 2], [3, 3]], 5)
    d.add(a)
    d.add(b)
    assert d.undo() and d.strokes == [a]
    assert d.redo() and d.strokes == [a, b]
    assert d.undo() and d.undo() and not d.undo()
    d.add(b)
    assert not d.redo()  # a new stroke drops the redo history
    d.clear()
    assert d.strokes == [] and d.ink() == []


def test_eraser_cuts_a_line_in_two():
    line = Stroke.of([[0, 50], [100, 50]], 4)
    eraser = Stroke.of([[50, 0], [50, 100]], 10, erase=True)
    pieces = apply_erasers([line, eraser])
    assert len(pieces) == 2
    left, right = sorted(pieces, key=lambda p: p[0][0, 0])
    assert left[0][:, 0].max() < 50 - 5 and right[0][:, 0].min() > 50 + 5
    # A stroke drawn after the eraser is untouched.
    assert len(apply_erasers([line, eraser, line])) == 3


def test_raster_path_normalises_pictures(mnist):
    digit = mnist.x_test[3].astype(np.float32) / 255
    photo = np.kron(1 - digit, np.ones((6, 6), np.float32))  # dark digit on white paper, 168x168
    ink = ink_from_grey(photo)
    assert ink[0, 0] == 0.0 and ink.max() == 1.0
    image = normalize_digit(ink)
    height, width = ink_extent(image, 0.1)
    assert max(height, width) <= 20
    cx, cy = centre_of_mass(image)
    assert abs(cx - 14) <= 0.5 and abs(cy - 14) <= 0.5


@pytest.mark.parametrize("grey, inverted", [(0.9, True), (0.1, False)])
def test_background_decides_inversion(grey, inverted):
    picture = np.full((10, 10), grey, np.float32)
    assert ink_from_grey(picture)[0, 0] == pytest.approx(1 - grey if inverted else grey)
