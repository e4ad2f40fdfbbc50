"""Changes to the normalised digit (core/perturb.py) and accuracy sweeps over them (core/sweep.py)."""

import numpy as np
import pytest

from desktop.core.perturb import SWEEPS, Perturbation, rotate_scale, shift, thicken
from desktop.core.sweep import SweepCancelled, accuracy, run_sweep


def _digit() -> np.ndarray:
    image = np.zeros((28, 28), np.float32)
    image[6:22, 12:15] = 1.0  # a "1": a bar three pixels wide
    image[6:8, 10:12] = 0.5
    return image


@pytest.mark.parametrize("dx, dy", [(3, 0), (0, -2), (-5, 4), (8, 8)])
def test_a_shift_of_k_pixels_moves_the_input_by_exactly_k_pixels(dx, dy):
    image = _digit()
    moved = Perturbation(shift_x=dx, shift_y=dy).apply(image)
    ys, xs = np.nonzero(image)
    expected = np.zeros_like(image)
    keep = (0 <= ys + dy) & (ys + dy < 28) & (0 <= xs + dx) & (xs + dx < 28)
    expected[ys[keep] + dy, xs[keep] + dx] = image[ys[keep], xs[keep]]
    np.testing.assert_array_equal(moved, expected)


def test_ink_moved_past_the_edge_is_lost_and_nothing_wraps_around():
    image = _digit()
    moved = shift(image[None], 20, 0)[0]
    assert moved[:, :20].sum() == 0 and moved.sum() < image.sum()
    assert shift(image[None], 28, 0).sum() == 0


def test_rotation_and_scale_turn_about_the_middle():
    image = _digit()
    np.testing.assert_allclose(rotate_scale(image[None], 0, 1.0)[0], image, atol=1e-6)  # identity
    turned = rotate_scale(image[None], 90, 1.0)[0]
    np.testing.assert_allclose(turned, np.rot90(image), atol=1e-5)  # a quarter turn counter-clockwise
    half = rotate_scale(image[None], 0, 0.5)[0]
    ys, xs = np.nonzero(half > 0.1)
    assert ys.min() >= 9 and ys.max() <= 18  # 16 rows tall -> about 8, still centred on 13.5


def test_thickness_grows_and_thins_the_strokes():
    image = _digit()
    thick = thicken(image[None], 1)[0]
    assert (thick[10, 11:16] == 1.0).all() and thick[10, 10] == 0.0 and thick[10, 16] == 0.0  # one each side
    assert (thick > 0).sum() > (image > 0).sum()
    thin = thicken(image[None], -1)[0]
    assert (thin[10] > 0).sum() == 1  # three pixels wide -> one


def test_noise_is_repeatable_and_occlusion_blacks_out_the_square():
    image = _digit()
    a = Perturbation(noise=0.3, seed=1).apply(image)
    np.testing.assert_array_equal(a, Perturbation(noise=0.3, seed=1).apply(image))
    assert a.min() >= 0 and a.max() <= 1 and not np.array_equal(a, image)
    covered = Perturbation(occlusion=(10, 10, 8)).apply(image)
    assert covered[10:18, 10:18].sum() == 0 and covered[6:10, 12:15].sum() == image[6:10, 12:15].sum()
    assert Perturbation().is_identity and not Perturbation(scale=0.9).is_identity
    np.testing.assert_array_equal(Perturbation().apply(image), image)


def test_a_batch_is_changed_as_each_image_alone():
    batch = np.stack([_digit(), np.rot90(_digit())])
    p = Perturbation(shift_x=2, rotate=20, thickness=1, occlusion=(0, 0, 5))
    changed = p.apply(batch)
    for i in range(2):
        np.testing.assert_allclose(changed[i], p.apply(batch[i]), atol=1e-6)


class _CountInk:
    """A 'model' that reads every image as the digit 1 if its ink is in the middle columns, else 0."""

    def __call__(self, x):
        middle = x[:, :, 12:15, 0].sum(axis=(1, 2)) > x[..., 0].sum(axis=(1, 2)) / 2
        probs = np.zeros((len(x), 10))
        probs[np.arange(len(x)), np.where(middle, 1, 0)] = 1
        return probs


def test_a_sweep_starts_at_the_plain_accuracy_and_falls_as_the_digits_move():
    images = np.repeat(_digit()[None], 30, axis=0)
    labels = np.ones(30, int)
    labels[:3] = 7  # 27 of 30 right as they are
    model = _CountInk()
    assert accuracy(model, images, labels) == pytest.approx(0.9)
    steps = []
    result = run_sweep({"ink": model}, images, labels, SWEEPS["shift right"], progress=lambda d, t: steps.append((d, t)))
    assert result.accuracy["ink"][0] == accuracy(model, images, labels)  # shift 0: the plain accuracy
    assert result.accuracy["ink"][-1] == 0.0  # moved 8 pixels: out of the middle
    assert steps[-1] == (9, 9) and result.count == 30
    assert result.csv_text().splitlines()[:2] == ["shift right (pixels),ink", "0,0.9000"]
    with pytest.raises(SweepCancelled):
        run_sweep({"ink": model}, images, labels, SWEEPS["rotation"], cancelled=lambda: True)
    for kind in SWEEPS.values():  # every sweep includes the unchanged digits
        assert kind.perturbation(kind.values[kind.plain_index()]).is_identity
