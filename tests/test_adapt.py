"""Adapting a model to one writer: figures never scored on what was trained, the source untouched, the CLI."""

from __future__ import annotations

import collections
import json

import numpy as np
import pytest

from cli_calls import assert_one_line, cli
from desktop.core.adapt import AdaptOptions, adapt_and_measure, folds
from desktop.core.locations import PEN_DIGITS, shared_data_file
from desktop.core.pen_samples import load_samples, writer_part
from desktop.core.personal_samples import write_samples

QUICK = AdaptOptions(steps=40, variations=4, replay_mnist=500, replay_pen=100)


@pytest.fixture(scope="module")
def writer_samples():
    """Two samples of each digit of one held-out writer to adapt on, the rest of theirs to test on."""
    path = shared_data_file(PEN_DIGITS)
    if not path.is_file():
        pytest.skip("unipen-dev.json.gz not found")
    by_writer = collections.defaultdict(list)
    for s in load_samples(path):
        if writer_part(s.writer) != "train":  # never trained on
            by_writer[s.writer].append(s)
    # Read with its path network, the default misreads 6 of the rest of this writer's 84, adapted 5
    # (bench/adapt_writers.py).
    samples = by_writer["apb/Janis_Bernardo"]
    seen, own, rest = collections.Counter(), [], []
    for s in samples:
        (own if seen[s.label] < 2 else rest).append(s)
        seen[s.label] += 1
    return own, rest


def test_folds_deal_each_label_out_in_turn(writer_samples):
    own, _ = writer_samples
    parts = folds(own, 2)
    assert sorted(np.concatenate(parts).tolist()) == list(range(len(own)))
    for part in parts:
        assert sorted(own[i].label for i in part) == list(range(10))  # one of each digit per fold


def test_adapting_keeps_the_source_and_scores_only_unseen_samples(default_model, small_mnist, writer_samples):
    own, _ = writer_samples
    before = [w.copy() for w in default_model.model.get_weights()]
    result = adapt_and_measure(default_model.model, default_model.calibration, own, small_mnist, options=QUICK)
    assert result is not None and result.samples == 20 and result.folds == 2 and result.own_scored == 20
    assert all(np.array_equal(a, b) for a, b in zip(before, default_model.model.get_weights()))
    assert result.model is not default_model.model
    assert 0 <= result.own_after <= 1 and result.mnist_after is not None
    changed = [not np.array_equal(a, b) for a, b in zip(before, result.model.get_weights())]
    assert any(changed) and not any(changed[:6])  # the convolution layers' weights are kept


def test_a_cancelled_adaptation_gives_nothing(default_model, small_mnist, writer_samples):
    from desktop.core.training import CancelFlag

    cancel = CancelFlag()
    cancel.set()
    assert adapt_and_measure(default_model.model, default_model.calibration, writer_samples[0], small_mnist,
                             options=QUICK, cancel=cancel) is None


def test_a_model_read_with_its_path_network_is_adapted_in_both(default_model, small_mnist, writer_samples,
                                                                 tmp_path):
    from desktop.core.adapt import adapted_card
    from desktop.core.adapt_path import path_part_of
    from desktop.core.model_files import load_model, save_model
    from desktop.core.training import CancelFlag

    path = path_part_of(default_model.path, default_model.path_reader)
    assert path is not None  # the shipped default is read with its path network
    before = [w.copy() for w in path.model.get_weights()]
    own, _ = writer_samples
    result = adapt_and_measure(default_model.model, default_model.calibration, own, small_mnist, options=QUICK,
                               check_folds=0, path_source=path)
    assert result.figures()["reading"] == "image and pen path" and result.path_model is not path.model
    assert all(np.array_equal(a, b) for a, b in zip(before, path.model.get_weights()))  # the source is kept
    changed = [not np.array_equal(a, b) for a, b in zip(before, result.path_model.get_weights())]
    assert changed == [False] * 8 + [True] * 4  # four Conv1D layers kept; hidden and output trained

    card = adapted_card(default_model.card, "default", result, [], QUICK, "mine")
    assert card["path_network"]["adapted"] and card["path_network"]["weight"] == path.weight
    loaded = load_model(save_model(result.model, tmp_path / "mine.keras", card, result.path_model))
    assert loaded.path_reader is not None and loaded.path_reader.calibration == path.calibration

    class StopInPath(CancelFlag):  # Stop once the image networks are adapted: nothing comes back
        def is_set(self) -> bool:
            import inspect

            return any(frame.function == "adapt_path" for frame in inspect.stack()) or super().is_set()

    assert adapt_and_measure(default_model.model, default_model.calibration, own, small_mnist, options=QUICK,
                             check_folds=0, cancel=StopInPath(), path_source=path) is None


def test_cli_adapt_reads_the_writer_better_and_never_overwrites(capsys, tmp_path, writer_samples):
    own, rest = writer_samples
    write_samples(tmp_path / "own.json", own)
    write_samples(tmp_path / "rest.json", rest)
    code, out, err = cli(capsys, *["evaluate", "default", "--strokes", str(tmp_path / "rest.json"), "--json"])
    before = json.loads(out)["accuracy"]
    code, out, err = cli(capsys, *["adapt", "default", "--samples", str(tmp_path / "own.json"), "--out",
                          str(tmp_path / "mine.keras"), "--folds", "0"])
    assert code == 0, err
    assert "MNIST test: before" in out and (tmp_path / "mine.card.json").is_file()
    card = json.loads((tmp_path / "mine.card.json").read_text())
    assert card["adapted_from"] == "default" and card["adaptation"]["samples"] == 20
    assert len(card["adapted_on"]) == 20 and card["calibration"]["reject_below"] > 0
    code, out, err = cli(capsys, *["evaluate", str(tmp_path / "mine.keras"), "--strokes", str(tmp_path / "rest.json"),
                          "--json"])
    assert json.loads(out)["accuracy"] > before  # the defaults, seed 0


@pytest.mark.parametrize("args, message", [
    (["--samples", "missing.json"], "no such file"),
    (["--samples", "bad.json"], "not valid JSON"),
    (["--samples", "own.json", "--steps", "3"], "--steps must be"),
    (["--samples", "own.json", "--folds", "1"], "--folds must be"),
])
def test_cli_adapt_refuses_bad_input_clearly(capsys, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.json").write_text("[{")
    write_samples(tmp_path / "own.json", [])
    code, out, err = cli(capsys, "adapt", "default", "--out", tmp_path / "x.keras", *args)
    assert_one_line(code, err, message)
    assert not (tmp_path / "x.keras").exists()


@pytest.mark.parametrize("arch, trainable", [
    ("seed-cnn", ["probabilities"]),
    ("reader-cnn", ["hidden", "dropout", "digit_or_not"]),  # the fixed last layer is never trainable
    ("reader-pair", ["hidden", "flatten", "dropout", "digit_or_not"]),
    ("reader-trio", ["hidden", "flatten", "dropout", "digit_or_not"]),
])
def test_adapting_trains_the_classifier_and_keeps_the_features(tf, arch, trainable):
    from desktop.core.adapt import freeze_features
    from desktop.core.architectures import get_architecture

    model = get_architecture(arch).build()
    freeze_features(model)
    assert [layer.name for layer in model.layers if layer.trainable] == trainable


def test_adapting_can_train_from_an_earlier_layer(tf, writer_samples):
    """``train_from`` names the first layer trained: it and those after it learn, the ones before keep their
    weights, and the features computed once are those that layer takes in."""
    from desktop.core.adapt import Replay, adapt, freeze_features, split_model
    from desktop.core.architectures import get_architecture

    model = get_architecture("reader-trio").build()
    split = split_model(model, "conv3")
    assert [layer.name for layer in split.head.layers[1:]][:2] == ["conv3", "hidden"]
    assert split.trunk.output.shape[1:] == (5, 5, 192) and split.key != split_model(model).key
    before = [layer.get_weights() for layer in model.layers]
    replay = Replay(np.zeros((8, 28, 28), np.float32), np.full((8, 10), 0.1, np.float32), np.ones(8, np.float32))
    adapt(model, writer_samples[0][:4], replay, AdaptOptions(steps=3, variations=1, train_from="conv3"))
    changed = [layer.name for layer, old in zip(model.layers, before)
               if any(not np.array_equal(w, o) for w, o in zip(layer.get_weights(), old))]
    assert changed == ["conv3", "hidden", "digit_or_not"]
    with pytest.raises(ValueError, match="no layer named 'conv9'"):
        freeze_features(model, "conv9")


@pytest.mark.parametrize("arch", ["seed-cnn", "reader-trio"])
def test_the_features_are_computed_once_and_only_for_the_model_they_came_from(tf, arch, writer_samples,
                                                                               monkeypatch):
    """The frozen layers' features and the classifier on them give the model's own outputs; a replay
    distilled from the model carries its images' features, so adapting a copy runs the frozen layers on
    the person's images alone; a replay distilled from another network has its features computed again."""
    import desktop.core.adapt as adapt_module
    from desktop.core.adapt import Replay, adapt, copy_model, distilled, split_model
    from desktop.core.architectures import get_architecture

    rng = np.random.default_rng(0)
    model = get_architecture(arch).build()
    images = rng.random((30, 28, 28), dtype=np.float32)
    split = split_model(model)
    np.testing.assert_allclose(split.head(split.trunk(images[..., None])), model(images[..., None]), atol=1e-6)
    frozen_rows = []
    original = adapt_module._outputs
    monkeypatch.setattr(adapt_module, "_outputs",
                        lambda net, x, *a: frozen_rows.append(len(x)) or original(net, x, *a))
    replay = distilled(Replay(images, np.zeros((30, 10), np.float32), np.ones(30, np.float32)), model)
    assert frozen_rows == [] and replay.features_key == split.key  # nothing computed before it is needed
    replay.make(np.array([3, 7, 3]))
    replay.make(np.array([7, 9]))  # row 7 is made already
    assert frozen_rows == [2, 2, 1, 1]  # the frozen layers, then the classifier on their features
    np.testing.assert_allclose(replay.targets[[3, 7, 9]], model(images[[3, 7, 9], ..., None]), atol=1e-6)
    assert replay.features.shape == (30, *split.trunk.output.shape[1:])
    replay.make(np.arange(30))
    np.testing.assert_allclose(replay.targets, model(images[..., None]), atol=1e-6)
    np.testing.assert_allclose(replay.features, split.trunk(images[..., None]), atol=1e-6)

    frozen_rows.clear()
    own = writer_samples[0][:4]
    options = AdaptOptions(steps=3, variations=2)
    adapt(copy_model(model), own, replay, options)
    assert frozen_rows == [len(own) * 3]  # each own sample as drawn and in 2 variations; no replayed image
    frozen_rows.clear()
    other = copy_model(model)  # with another first convolution: the replay's features are not its features
    kernel, *rest = other.layers[0].get_weights()
    other.layers[0].set_weights([kernel + 0.1, *rest])
    drawn = []
    batch_rows = adapt_module._batch_rows

    def recorded(*args):
        drawn.append(batch_rows(*args))
        return drawn[-1]

    monkeypatch.setattr(adapt_module, "_batch_rows", recorded)
    adapted = adapt(other, own, replay, options).model
    assert frozen_rows == [len(own) * 3, len(np.unique(drawn[0][1]))]  # and the replayed rows its steps drew
    assert split_model(adapted).key == split_model(other).key != split.key  # its frozen layers stayed its own


def test_a_replay_renders_other_writers_samples_when_drawn(writer_samples):
    from desktop.core.adapt import build_replay
    from desktop.core.pen_samples import render_samples

    pool = writer_samples[0][:5]
    replay = build_replay(None, pool, (), AdaptOptions(replay_pen=5), np.random.default_rng(0), False)
    assert replay.counts == {"pen digits": 5} and len(replay.unrendered) == 5 and not replay.x.any()
    sample = replay.unrendered[2]
    replay.make(np.array([2, 2]))
    np.testing.assert_array_equal(replay.x[2], render_samples([sample])[0])
    assert sorted(replay.unrendered) == [0, 1, 3, 4] and not replay.x[[0, 1, 3, 4]].any()
    assert replay.targets[2, sample.label] == 1.0


def test_a_classifier_trains_step_by_step_and_stops_when_told_or_on_nan(tf):
    import keras

    from desktop.core.head_training import train_head
    from desktop.core.training import CancelFlag

    rng = np.random.default_rng(0)
    x = rng.normal(size=(8, 16, 4)).astype(np.float32)  # 8 steps of 16 rows
    targets = np.eye(2, dtype=np.float32)[(x[..., 0] > 0).astype(int)]
    weights = np.ones((8, 16), np.float32)
    head = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2, activation="softmax")])
    losses = []
    assert train_head(head, zip(x, targets, weights), 8, 0.1, lambda step, loss: losses.append((step, loss))) == 8
    assert [step for step, _ in losses] == list(range(8)) and losses[-1][1] < losses[0][1]

    cancel = CancelFlag()

    def stop_at_third(step: int, loss: float) -> None:
        if step == 2:
            cancel.set()

    assert train_head(head, zip(x, targets, weights), 8, 0.1, stop_at_third, cancel) == 3
    assert train_head(head, zip(x, targets, weights), 3, 0.1) == 3  # no more than asked
    bad = x.copy()
    bad[1] = np.nan
    assert train_head(head, zip(bad, targets, weights), 8, 0.1) == 1  # stops at the step whose loss is NaN
