"""Model files: card beside the model, atomic writes, clear errors for bad files."""

import json
import zipfile

import numpy as np
import pytest

from desktop.core.architectures import build_seed_cnn
from desktop.core.model_files import ModelFileError, card_path, load_model, save_model


@pytest.fixture(scope="module")
def model(tf):
    return build_seed_cnn()


def test_round_trip_keeps_weights_and_card(tmp_path, model):
    path = save_model(model, tmp_path / "mine.keras", {"architecture": "seed-cnn", "test_accuracy": 0.5})
    assert path == tmp_path / "mine.keras"
    assert json.loads(card_path(path).read_text())["name"] == "mine"
    loaded = load_model(path)
    assert (loaded.name, loaded.test_accuracy) == ("mine", 0.5)
    x = np.random.rand(2, 28, 28, 1).astype("float32")
    assert np.allclose(loaded.model(x, training=False), model(x, training=False), atol=1e-6)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.card.json", "mine.keras"]


def test_failed_save_leaves_old_file_and_no_temp(tmp_path, model):
    path = save_model(model, tmp_path / "keep.keras", {})
    before = path.read_bytes()

    class Exploding:
        def save(self, target):
            with open(target, "wb") as f:
                f.write(b"half")
            raise OSError(28, "No space left on device")

    with pytest.raises(ModelFileError, match="cannot save to .*keep.keras: the disk is full"):
        save_model(Exploding(), path, {})
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.card.json", "keep.keras"]


def test_save_to_missing_folder(tmp_path, model):
    with pytest.raises(ModelFileError, match="does not exist"):
        save_model(model, tmp_path / "no" / "such.keras", {})


def test_missing_and_non_model_files(tmp_path):
    with pytest.raises(ModelFileError, match="no model file at"):
        load_model(tmp_path / "missing.keras")
    text = tmp_path / "notes.keras"
    text.write_text("hello")
    with pytest.raises(ModelFileError, match="notes.keras is not a Keras .keras model file"):
        load_model(text)


def test_truncated_model_file(tmp_path, model):
    path = save_model(model, tmp_path / "whole.keras", {})
    data = path.read_bytes()
    cut = tmp_path / "cut.keras"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelFileError):
        load_model(cut)


def test_zip_that_is_not_a_model(tmp_path):
    path = tmp_path / "archive.keras"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "nothing")
    with pytest.raises(ModelFileError, match="cannot read model archive.keras"):
        load_model(path)


def test_wrong_input_or_output_shape(tmp_path, tf):
    import keras

    rgb = keras.Sequential([keras.Input((32, 32, 3)), keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
    save_model(rgb, tmp_path / "rgb.keras", {})
    with pytest.raises(ModelFileError, match=r"expects input \(32, 32, 3\)"):
        load_model(tmp_path / "rgb.keras")
    five = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(5)])
    save_model(five, tmp_path / "five.keras", {})
    with pytest.raises(ModelFileError, match=r"has output \(5,\), not 10"):
        load_model(tmp_path / "five.keras")
