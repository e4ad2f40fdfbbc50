"""A model with a path network: saved and loaded with it, read from image and pen path together."""

import json

import numpy as np
import pytest

from desktop.core.model_files import load_model, save_model
from desktop.core.path_network import build_path_network, folded
from desktop.core.path_reading import NumpyPathNet, PathReader, joined, path_file, paths_of
from desktop.core.pen_path import path_features
from desktop.core.pen_samples import PenSample
from desktop.core.reading import Calibration
from desktop.core.stroke_evaluation import evaluate_strokes

ENTRY = {"weight": 0.5, "calibration": {"temperature": 1.2, "reject_below": 0.3}}


@pytest.fixture(scope="module")
def path_model(tf):
    import keras

    keras.utils.set_random_seed(3)
    return build_path_network()


@pytest.fixture(scope="module")
def image_model(tf):
    from desktop.core.architectures import get_architecture

    return get_architecture("seed-cnn").build()


def _drawings(rng, n):
    return [[np.cumsum(rng.normal(0, 3, (int(rng.integers(2, 30)), 2)), axis=0)
             for _ in range(int(rng.integers(1, 4)))] for _ in range(n)]


def test_the_numpy_path_network_gives_the_keras_networks_probabilities(path_model):
    drawings = _drawings(np.random.default_rng(0), 6)
    x = np.stack([path_features(d) for d in drawings])
    expected = folded(np.asarray(path_model(x, training=False)))
    net = NumpyPathNet.from_keras(path_model)
    assert np.abs(net.batch(x) - expected).max() < 1e-5
    assert np.abs(net(drawings[2]) - expected[2]).max() < 1e-5
    assert net.batch(x).sum(axis=1) == pytest.approx(np.ones(6))


def test_the_joined_reading_is_a_weighted_geometric_mean_that_sums_to_one():
    image = np.array([0.7, 0.2, 0.1] + [0.0] * 7)
    path = np.array([0.1, 0.8, 0.1] + [0.0] * 7)
    both = joined(image, path, 0.5)
    assert both.sum() == pytest.approx(1.0)
    assert both[0] == pytest.approx(both[1] * np.sqrt(0.7 * 0.1) / np.sqrt(0.2 * 0.8))
    assert joined(image, path, 0.0)[:3] == pytest.approx(image[:3], abs=1e-9)
    assert int(np.argmax(joined(image, path, 0.75))) == 1


def test_a_model_saved_with_its_path_network_loads_with_a_path_reader(tmp_path, image_model, path_model):
    saved = save_model(image_model, tmp_path / "mine.keras", {"path_network": ENTRY}, path_model)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.card.json", "mine.keras", "mine.path.keras"]
    loaded = load_model(saved)
    reader = loaded.path_reader
    assert reader is not None and reader.weight == 0.5 and reader.calibration == Calibration(1.2, 0.3)
    drawing = _drawings(np.random.default_rng(1), 1)[0]
    image = np.full(10, 0.1)
    expected = Calibration(1.2, 0.3).probabilities(joined(image, NumpyPathNet.from_keras(path_model)(drawing), 0.5))
    assert reader.probabilities(image, drawing) == pytest.approx(expected)


@pytest.mark.parametrize("damage", ["no entry", "no file", "damaged file", "weight 0", "not a path network"])
def test_without_a_usable_path_network_the_model_is_read_from_its_images(tmp_path, image_model, path_model,
                                                                          damage):
    saved = save_model(image_model, tmp_path / "mine.keras", {"path_network": ENTRY}, path_model)
    card = json.loads((tmp_path / "mine.card.json").read_text())
    if damage == "no entry":
        del card["path_network"]
    elif damage == "no file":
        path_file(saved).unlink()
    elif damage == "damaged file":
        path_file(saved).write_bytes(path_file(saved).read_bytes()[:500])
    elif damage == "weight 0":
        card["path_network"]["weight"] = 0
    else:
        image_model.save(path_file(saved))
    (tmp_path / "mine.card.json").write_text(json.dumps(card))
    loaded = load_model(saved)  # the model itself always loads
    assert loaded.path_reader is None and loaded.model is not None


def test_evaluate_strokes_reads_image_and_path_with_the_path_readers_calibration(image_model, path_model):
    rng = np.random.default_rng(2)
    samples = [PenSample(int(d), tuple(strokes), "w") for d, strokes in zip(rng.integers(-1, 10, 8),
                                                                               _drawings(rng, 8))]
    net = NumpyPathNet.from_keras(path_model)
    rejects_all = PathReader(net, 0.5, Calibration(1.0, 0.999))
    report = evaluate_strokes(image_model, Calibration(), samples, rejects_all)
    assert report["reading"] == "image and pen path" and report["rejected"] == 1.0
    plain = evaluate_strokes(image_model, Calibration(), samples)
    assert plain["reading"] == "image" and plain["rejected"] == 0.0
    assert paths_of(samples).shape == (8, 64, 5)


def test_the_path_network_is_read_from_its_file_without_tensorflow(tmp_path, image_model, path_model):
    path_model.save(tmp_path / "p.path.keras")
    image_model.save(tmp_path / "i.keras")
    from_file = NumpyPathNet.from_file(tmp_path / "p.path.keras")
    x = np.stack([path_features(d) for d in _drawings(np.random.default_rng(4), 5)])
    assert from_file is not None and np.array_equal(from_file.batch(x), NumpyPathNet.from_keras(path_model).batch(x))
    assert NumpyPathNet.from_file(tmp_path / "i.keras") is None  # an image network is not a path network
    assert NumpyPathNet.from_file(tmp_path / "missing.keras") is None
