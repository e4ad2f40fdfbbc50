"""Training on MNIST plus the user's own samples: training part only, the card, `train --samples`, the Train area."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from PySide6.QtCore import QObject, Signal

from cli_calls import assert_one_line, cli
from desktop.core import training
from desktop.core.extra_samples import COPIES, extra_from_samples, with_extra
from desktop.core.locations import PEN_DIGITS, shared_data_file
from desktop.core.pen_samples import PenSample, load_samples
from desktop.core.personal_samples import fingerprint, write_samples
from desktop.core.training import TrainConfig, TrainingListener, config_dict, split_data, train


def drawing(label: int, shift: float = 0.0) -> PenSample:
    """A synthetic pen sample: two strokes, different for each label and shift."""
    return PenSample(label, (np.array([[0.0 + shift, 0.0], [30.0, 5.0 * label], [10.0, 60.0]]),
                             np.array([[5.0, 30.0 + label], [25.0 + shift, 30.0]])), "me")


@pytest.fixture(scope="module")
def pen_digits():
    """Six real pen digits (every 700th of the shared UNIPEN development file)."""
    path = shared_data_file(PEN_DIGITS)
    if not path.is_file():
        pytest.skip("unipen-dev.json.gz not found")
    return load_samples(path)[::700][:6]


class Steps(TrainingListener):
    def on_train_begin(self, epochs, steps_per_epoch):
        self.steps = steps_per_epoch


def test_not_a_digit_samples_are_left_out_and_each_digit_is_varied():
    samples = [drawing(3), drawing(-1), drawing(7), drawing(-1, 4.0), PenSample(5, (), "me")]
    extra = extra_from_samples(samples, copies=4, rng=np.random.default_rng(0), name="mine.json")
    assert (extra.samples, extra.copies, extra.left_out, len(extra)) == (2, 4, 3, 2 * 5)
    assert extra.images.shape == (10, 28, 28) and extra.images.dtype == np.uint8 and extra.images.max() == 255
    assert extra.labels.tolist() == [3, 7] * 5  # as drawn, then each round of variations
    assert not np.array_equal(extra.images[0], extra.images[2])  # a variation is not the drawing again
    assert extra.fingerprints == (fingerprint(samples[0]), fingerprint(samples[2]))
    assert extra.describe() == ("2 of your samples from mine.json, each as drawn and in 4 variations: "
                                "10 training images; 3 not a digit or empty, left out")
    with pytest.raises(ValueError, match="no digit samples to train on"):
        extra_from_samples([drawing(-1)], name="mine.json")


def test_extra_images_are_shuffled_in_with_their_labels_on_the_mnist_scale(small_mnist):
    extra = extra_from_samples([drawing(3), drawing(8)], copies=2, rng=np.random.default_rng(1))
    x, y = with_extra(small_mnist.x_train[:50], small_mnist.y_train[:50], extra, seed=5)
    assert x.shape == (56, 28, 28) and x.dtype == small_mnist.x_train.dtype and y.dtype == small_mnist.y_train.dtype
    where = [next(i for i in range(len(x)) if np.array_equal(x[i], image)) for image in extra.images]
    assert y[where].tolist() == extra.labels.tolist()  # each image keeps its label
    assert sorted(where) != list(range(50, 56))  # mixed in, not left at the end
    again, _ = with_extra(small_mnist.x_train[:50], small_mnist.y_train[:50], extra, seed=5)
    assert np.array_equal(x, again)  # a seed repeats the run


def test_extra_samples_land_in_training_only(small_mnist, monkeypatch):
    samples = [drawing(d) for d in (0, 4, 9)]
    extra = extra_from_samples(samples, copies=3, rng=np.random.default_rng(2), name="mine.json")
    seen = []
    real = training.to_model_input
    monkeypatch.setattr(training, "to_model_input", lambda images: seen.append(images.copy()) or real(images))
    cfg = TrainConfig(epochs=1, batch_size=32, validation_split=0.2, seed=1)
    listener = Steps()
    result = train(cfg, small_mnist, listener, extra=extra)

    assert (result.n_train, result.n_val) == (240 + 3 * (3 + 1), 60)  # 300 MNIST, 60 held out, + 12 of yours
    assert listener.steps == math.ceil(252 / 32)
    x_fit, x_val = seen  # what was fitted on and validated on, as uint8 images
    mnist_train, _, mnist_val, _ = split_data(small_mnist, cfg)
    assert np.array_equal(x_val, mnist_val)  # validation is MNIST's own, exactly as without samples
    assert len(x_fit) == len(mnist_train) + len(extra)
    for image in extra.images:
        assert any(np.array_equal(image, row) for row in x_fit)
        assert not any(np.array_equal(image, row) for row in x_val)
    assert result.extra == extra.summary()

    from desktop.core.evaluation import evaluate
    from desktop.core.model_card import build_card

    card = build_card(result, evaluate(result.model, small_mnist.x_test, small_mnist.y_test), "small", name="m")
    assert card["train_images"] == 252 and card["validation_images"] == 60
    assert card["personal_samples"] == {"source": "mine.json", "samples": 3, "variations_each": 3, "images": 12,
                                        "left_out": 0, "fingerprints": [fingerprint(s) for s in samples]}
    assert card["hyperparameters"]["personal_samples"] == {"samples": 3, "variations_each": 3}
    assert card["description"].endswith("; also trained on 3 personal samples, each as drawn and in 3 "
                                        "variations (12 images)")


def test_without_samples_nothing_changes(small_mnist):
    cfg = TrainConfig(epochs=1, batch_size=32, validation_split=0.2, seed=1)
    result = train(cfg, small_mnist)
    assert (result.n_train, result.n_val, result.extra) == (240, 60, None)
    assert "personal_samples" not in config_dict(cfg)
    logs = ("csv_log", "tensorboard_dir")
    assert list(config_dict(cfg)) == [k for k in TrainConfig.__dataclass_fields__ if k not in logs]


# -- the command line -------------------------------------------------------------------------


@pytest.fixture
def small_npz(tmp_path, small_mnist):
    path = tmp_path / "small.npz"
    np.savez(path, x_train=small_mnist.x_train, y_train=small_mnist.y_train, x_test=small_mnist.x_test,
             y_test=small_mnist.y_test)
    return path


def test_cli_train_with_samples_adds_them_to_training_and_says_so(capsys, tmp_path, small_npz, pen_digits):
    mine = write_samples(tmp_path / "mine.json", [*pen_digits, drawing(-1)])
    out = tmp_path / "mine.keras"
    code, stdout, err = cli(capsys, "train", "--data", small_npz, "--epochs", "1", "--batch-size", "32", "--seed", "1",
                            "--val-split", "0.1", "--samples", mine, "--out", out)
    assert code == 0, err
    images = 6 * (COPIES + 1)  # 126
    assert ("Adding 6 of your samples from mine.json, each as drawn and in 20 variations: 126 training images; "
            "1 not a digit or empty, left out.") in stdout.splitlines()
    assert "270 MNIST images + 126 of yours + 30 for validation" in stdout
    assert f"Epoch 1/1 [==============================] {math.ceil((270 + images) / 32)}/" in stdout
    card = json.loads((tmp_path / "mine.card.json").read_text())
    assert (card["train_images"], card["validation_images"], card["test_images"]) == (270 + images, 30, 200)
    assert card["personal_samples"]["samples"] == 6 and card["personal_samples"]["images"] == images
    assert card["personal_samples"]["fingerprints"] == [fingerprint(s) for s in pen_digits]


def test_cli_train_without_samples_prints_as_before(capsys, tmp_path, small_npz):
    code, stdout, err = cli(capsys, "train", "--data", small_npz, "--epochs", "1", "--seed", "1", "--val-split", "0.1",
                            "--out", tmp_path / "plain.keras")
    assert code == 0, err
    assert "Adding" not in stdout and ": 270 images + 30 for validation, 1 epochs" in stdout
    assert "personal_samples" not in json.loads((tmp_path / "plain.card.json").read_text())


@pytest.mark.parametrize("args, message", [
    (["--samples", "missing.json"], "missing.json: no such file"),
    (["--samples", "bad.json"], "bad.json: not valid JSON"),
    (["--samples", "empty.json"], "empty.json: no samples"),
    (["--samples", "nondigits.json"], "nondigits.json: no digit samples to train on (labels 0-9; all 2 are "
                                      "'not a digit' or empty)"),
    (["--samples", "nondigits.json", "--recipe", "default"], "--samples cannot be used with --recipe"),
])
def test_cli_train_with_samples_refuses_clearly(capsys, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.json").write_text("[{")
    write_samples(tmp_path / "empty.json", [])
    write_samples(tmp_path / "nondigits.json", [drawing(-1), drawing(-1, 3.0)])
    code, stdout, err = cli(capsys, "train", "--epochs", "1", "--out", tmp_path / "x.keras", *args)
    assert_one_line(code, err, message)
    assert stdout == "" and not (tmp_path / "x.keras").exists()


def test_cli_train_help_names_samples(capsys):
    with pytest.raises(SystemExit):
        cli(capsys, "train", "--help")
    text = " ".join(capsys.readouterr().out.split())
    assert "--samples FILE also train on your own pen samples" in text
    assert "never to validation or test" in text and "Not with --recipe" in text


# -- the Train area ---------------------------------------------------------------------------


class StubSamples(QObject):
    """What the Train area needs of the My samples store: ``snapshot()`` and ``changed``."""

    changed = Signal()

    def __init__(self, samples=()):
        super().__init__()
        self.samples = list(samples)

    def snapshot(self):
        return tuple(self.samples)

    def set(self, samples):
        self.samples = list(samples)
        self.changed.emit()


def _area(qtbot, samples):
    from desktop.ui.active_model import ActiveModel
    from desktop.ui.train import TrainArea

    area = TrainArea(ActiveModel(), samples)
    qtbot.addWidget(area)
    return area


def test_the_checkbox_counts_digit_samples_and_follows_changes(qtbot):
    store = StubSamples()
    area = _area(qtbot, store)
    box = area.form.samples_check
    assert (box.text(), box.isEnabled(), box.isChecked()) == ("Add my samples (0)", False, False)
    assert "each with 20 stroke variations" in box.toolTip() and "never to validation or test" in box.toolTip()

    store.set([drawing(1), drawing(2), drawing(-1)])
    assert (box.text(), box.isEnabled()) == ("Add my samples (2)", True)
    box.setChecked(True)
    store.set([drawing(1), drawing(2), drawing(3)])
    assert (box.text(), box.isChecked()) == ("Add my samples (3)", True)
    store.set([drawing(-1)])  # nothing left to add: off, and cannot be ticked
    assert (box.text(), box.isEnabled(), box.isChecked()) == ("Add my samples (0)", False, False)
    area.shutdown()


def test_without_a_sample_store_the_checkbox_is_off(qtbot):
    area = _area(qtbot, None)
    assert (area.form.samples_check.text(), area.form.samples_check.isEnabled()) == ("Add my samples (0)", False)
    assert area.form.samples_to_add() is None


def test_training_with_my_samples_uses_them_as_they_were_at_start(qtbot):
    store = StubSamples([drawing(4), drawing(6), drawing(-1)])
    area = _area(qtbot, store)
    area.form.subset_spin.setValue(300)
    area.form.epochs_spin.setValue(1)
    area.form.batch_spin.setValue(32)
    area.form.val_spin.setValue(0.1)
    area.form.samples_check.setChecked(True)
    try:
        with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
            area.form.start_button.click()
            assert area.worker.samples == store.snapshot()  # the snapshot, taken on the GUI thread
            store.set([drawing(d, 2.0) for d in range(10)])  # drawn later: not in this run
        result = done.args[0].result
        images = 2 * (COPIES + 1)
        assert (result.n_train, result.n_val) == (270 + images, 30)
        assert len(area.series.batch_losses) == math.ceil((270 + images) / 32)
        assert ("Also trained on 2 of your samples (42 images with their variations), besides 270 MNIST images"
                in area.results.result_label.text())
        assert area.results.card("m")["personal_samples"]["samples"] == 2
        assert area.form.samples_check.text() == "Add my samples (10)"

        area.form.samples_check.setChecked(False)
        with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
            area.form.start_button.click()
            assert area.worker.samples == ()
        assert done.args[0].result.n_train == 270 and done.args[0].result.extra is None
        assert "Also trained on" not in area.results.result_label.text()
    finally:
        area.shutdown()
