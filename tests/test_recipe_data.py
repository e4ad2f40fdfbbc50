"""What the default recipe trains on: which images get MNIST's raster augmentation."""

import numpy as np
import pytest

from desktop.core.pen_samples import PenSample
from desktop.core.recipe import RecipeOptions, build_training_set


def _pen(label: int, writer: str, symbol: str = "") -> PenSample:
    stroke = np.array([[0.0, 0.0], [3.0, 10.0], [6.0, 0.0]]) + np.random.default_rng(abs(label) + 3).normal(0, 0.3, (3, 2))
    return PenSample(label, (stroke,), writer, symbol)


@pytest.fixture(scope="module")
def pen_data():
    digits = [_pen(d, f"w{d % 3}") for d in range(10)] * 2
    nondigits = [_pen(-1, "w0", "x"), _pen(-1, "w1", "+"), _pen(-1, "w2", "k")]
    return digits, nondigits


def _options(share: float) -> RecipeOptions:
    return RecipeOptions(mnist_images=50, digit_copies=1, style_samples=2, nondigit_copies=1, symbol_copies=1,
                         marks=10, pen_raster_augment=share)


def test_only_mnist_is_warped_unless_asked(small_mnist, pen_data):
    data = build_training_set(small_mnist, *pen_data, _options(0.0), np.random.default_rng(0))
    assert data.raster_augment[:50].all() and not data.raster_augment[50:].any()
    assert len(data.x) == sum(data.counts.values())


def test_a_share_of_the_rendered_images_is_warped_too(small_mnist, pen_data):
    everything = build_training_set(small_mnist, *pen_data, _options(1.0), np.random.default_rng(0))
    assert everything.raster_augment.all()
    half = build_training_set(small_mnist, *pen_data, _options(0.5), np.random.default_rng(0))
    rendered = half.raster_augment[50:]
    assert half.raster_augment[:50].all() and 0.3 < rendered.mean() < 0.7
    # Non-digits (an even spread as target) are among the warped ones, so blur says nothing of the class.
    assert half.raster_augment[(half.targets.max(axis=1) < 0.5)].any()


class _Counted:
    def count_params(self) -> int:
        return 1


@pytest.mark.parametrize("share, key", [(0.0, "raster (MNIST images)"),
                                        (0.5, "raster (MNIST images and 50% of the rendered ones)")])
def test_the_card_says_which_images_were_warped(share, key):
    from desktop.core.recipe import recipe_card

    fields = {"architecture": "reader-cnn", "figures": {"mnist_test_accuracy": 0.99},
              "recipe_options": {"pen_raster_augment": share}}
    augmentations = recipe_card(_Counted(), fields, "mnist.npz")["augmentations"]
    assert key in augmentations and len([k for k in augmentations if k.startswith("raster")]) == 1
