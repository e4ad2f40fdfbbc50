"""The pen path as a network reads it: evenly spaced points, directions, jumps between strokes."""

import numpy as np

from desktop.core.pen_path import FEATURES, POINTS, path_features


def test_a_straight_down_stroke_is_evenly_spaced_points_going_down():
    f = path_features([np.array([[5.0, 0.0], [5.0, 40.0]])])
    assert f.shape == (POINTS, FEATURES) and f.dtype == np.float32
    np.testing.assert_allclose(f[:, 1], np.linspace(-0.5, 0.5, POINTS), atol=1e-6)  # divided by the height
    np.testing.assert_allclose(f[:, 0], 0.0, atol=1e-6)  # centred
    np.testing.assert_allclose(f[:, 2:4], [[0.0, 1.0]] * POINTS, atol=1e-6)  # heading down (y down)
    assert not f[:, 4].any()


def test_where_or_how_large_it_is_drawn_does_not_matter():
    rng = np.random.default_rng(1)
    strokes = [np.cumsum(rng.normal(0, 1, (30, 2)), axis=0), np.cumsum(rng.normal(0, 1, (12, 2)), axis=0) + 8]
    moved = [s * 3.5 + (100.0, -40.0) for s in strokes]
    np.testing.assert_allclose(path_features(moved), path_features(strokes), atol=1e-5)


def test_the_jump_between_two_strokes_is_marked_pen_up():
    # A 4 as many write it: the open corner, then the stem to its right; then a jump back to the stem's top.
    corner = np.array([[0.0, 0.0], [0.0, 10.0], [10.0, 10.0]])
    stem = np.array([[7.0, 0.0], [7.0, 20.0]])
    f = path_features([corner, stem])
    up = f[:, 4]
    assert 0 < up.sum() < POINTS / 2
    first, last = np.flatnonzero(up)[[0, -1]]
    assert (up[first:last + 1] == 1).all()  # one jump, in one piece
    # 20 units of corner, a jump of sqrt(3^2 + 10^2) = 10.4, 20 of stem: the jump lies at 40-60 % of the path.
    total = 40 + np.hypot(3, 10)
    assert abs(first - 20 / total * (POINTS - 1)) <= 1 and abs(last - (20 + np.hypot(3, 10)) / total * (POINTS - 1)) <= 1


def test_a_dot_and_no_ink():
    assert path_features([np.array([[3.0, 3.0]])]).shape == (POINTS, FEATURES)
    assert not path_features([]).any()
