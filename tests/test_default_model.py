"""The shipped model: small, the course network, and as accurate as its card says."""

import json

from desktop.core.evaluation import evaluate
from desktop.core.locations import default_model_path
from desktop.core.model_files import card_path


def test_default_model_file_is_small():
    path = default_model_path()
    assert path.is_file()
    assert path.stat().st_size < 5 * 1024 * 1024


def test_default_model_beats_99_3_percent_on_all_10000_test_images(default_model, mnist):
    result = evaluate(default_model.model, mnist.x_test, mnist.y_test)
    card = json.loads(card_path(default_model_path()).read_text())
    assert result.count == 10_000
    assert result.accuracy >= 0.993
    assert round(result.accuracy * 10_000) == round(card["test_accuracy"] * 10_000)
    assert card["test_images"] == 10_000


def test_default_card_describes_the_model(default_model):
    card = default_model.card
    assert card["architecture"] == "seed-cnn"
    assert card["params"] == default_model.model.count_params() == 104_202
    assert card["input"] == "float32 (N, 28, 28, 1) in [0, 1], white digit on black"
    assert card["hyperparameters"]["augment"] is True
    for key in ("dataset", "epochs", "train_loss", "train_accuracy", "val_loss", "val_accuracy", "created"):
        assert card[key] is not None, key
