"""The pen-path network: its size, its training data, training that stops when asked, its ten outputs."""

import numpy as np

from desktop.core.path_network import (NOT_A_DIGIT_OUTPUT, build_path_network, folded, path_training_set,
                                       train_path_network)
from desktop.core.pen_path import FEATURES, POINTS
from desktop.core.pen_samples import PenSample
from desktop.core.training import CancelFlag, TrainingListener


def _samples(rng):
    def pen(label):
        return PenSample(label, (np.cumsum(rng.normal(0, 1, (12, 2)), axis=0),), "w")
    return [pen(d) for d in range(10)], [pen(-1), pen(-1)]


def test_the_network_reads_64_points_into_eleven_outputs(tf):
    model = build_path_network()
    assert model.input_shape == (None, POINTS, FEATURES) and model.output_shape == (None, 11)
    assert model.count_params() == 130_507


def test_training_data_holds_each_sample_and_its_variations_with_non_digits_weighed_half():
    digits, nondigits = _samples(np.random.default_rng(0))
    x, y, w = path_training_set(digits, nondigits, 3, 1, np.random.default_rng(1))
    assert x.shape == (10 * 4 + 2 * 2, POINTS, FEATURES)
    assert list(y[:8]) == [0, 0, 0, 0, 1, 1, 1, 1] and list(y[-4:]) == [NOT_A_DIGIT_OUTPUT] * 4
    assert (w[y == NOT_A_DIGIT_OUTPUT] == 0.5).all() and (w[y < 10] == 1.0).all()
    assert not np.array_equal(x[0], x[1])  # a variation is not the drawing again


class _StopAtFirstBatch(TrainingListener):
    def __init__(self, cancel):
        self.cancel, self.batches, self.begun = cancel, 0, None

    def on_train_begin(self, epochs, steps):
        self.begun = (epochs, steps)

    def on_batch_end(self, epoch, step, logs):
        self.batches += 1
        self.cancel.set()


def test_training_stops_after_the_batch_in_which_stop_was_asked(tf):
    digits, nondigits = _samples(np.random.default_rng(0))
    x, y, w = path_training_set(digits, nondigits, 3, 1, np.random.default_rng(1))
    cancel = CancelFlag()
    listener = _StopAtFirstBatch(cancel)
    model = train_path_network(x, y, w, epochs=5, batch_size=8, listener=listener, cancel=cancel)
    assert listener.begun == (5, 6) and listener.batches == 1
    assert model.predict(x[:2], verbose=0).shape == (2, 11)


def test_folding_spreads_not_a_digit_evenly():
    p = np.array([[0.0] * 10 + [1.0], [0.5] + [0.0] * 9 + [0.5]])
    np.testing.assert_allclose(folded(p), [[0.1] * 10, [0.55] + [0.05] * 9])
