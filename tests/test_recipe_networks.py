"""A recipe run keeps each network as it finishes, and a run with the same options and data goes on from there."""

import json
from dataclasses import replace

import numpy as np
import pytest

from desktop.core.pen_samples import PenSample, writer_part
from desktop.core.recipe import RecipeOptions, run_recipe
from desktop.core.recipe_networks import NetworkStore
from desktop.core.training import CancelFlag, TrainingListener

TINY = RecipeOptions(mnist_images=100, epochs=1, digit_copies=0, style_samples=1, nondigit_copies=0,
                     symbol_copies=0, marks=5, path_weight=0.0)


def _writer(part: str) -> str:
    return next(f"w{i}" for i in range(1000) if writer_part(f"w{i}") == part)


@pytest.fixture(scope="module")
def pen_data():
    rng = np.random.default_rng(0)

    def pen(label: int, writer: str, symbol: str = "") -> PenSample:
        stroke = np.array([[0.0, 0.0], [3.0, 10.0], [6.0, 0.0]]) + rng.normal(0, 0.5, (3, 2))
        return PenSample(label, (stroke,), writer, symbol)

    writers = [_writer(part) for part in ("train", "calibrate", "report")]
    digits = [pen(d, w) for w in writers for d in range(10)]
    nondigits = [pen(-1, w, s) for w in writers for s in "x+"]
    return digits, nondigits


class _StopInNetwork(TrainingListener):
    """Sets ``cancel`` at the first batch of network ``number``."""

    def __init__(self, number: int, cancel: CancelFlag) -> None:
        self.number, self.cancel, self.started = number, cancel, 0

    def on_train_begin(self, epochs, steps):
        self.started += 1

    def on_batch_end(self, epoch, batch, logs):
        if self.started == self.number:
            self.cancel.set()


def _outputs(model, mnist) -> np.ndarray:
    return np.asarray(model(mnist.x_test[:20, ..., None].astype(np.float32) / 255.0))


def test_a_second_run_takes_the_kept_networks_and_gives_the_same_model(tmp_path, small_mnist, pen_data, tf):
    store = NetworkStore(tmp_path / "parts")
    first, card, _ = run_recipe(small_mnist, *pen_data, TINY, store=store)
    kept = sorted(p.name for p in (tmp_path / "parts").iterdir())
    assert kept == ["network-1.card.json", "network-1.keras", "network-2.card.json", "network-2.keras",
                    "network-3.card.json", "network-3.keras"]
    entry = json.loads((tmp_path / "parts" / "network-2.card.json").read_text())["recipe_network"]
    assert entry["number"] == 2 and entry["record"]["seed"] == 8 and entry["record"]["ema_momentum"] == 0.999

    lines: list[str] = []
    again, card_again, _ = run_recipe(small_mnist, *pen_data, TINY, store=store, log=lines.append)
    assert [line for line in lines if "trained before" in line] == [
        f"network 1 of 3: seed 7: trained before, taken from {store.path(1)}",
        f"network 2 of 3: seed 8, weights averaged (0.999): trained before, taken from {store.path(2)}",
        f"network 3 of 3: seed 9, weights averaged (0.999): trained before, taken from {store.path(3)}"]
    assert not any(line.startswith("training set") for line in lines)
    np.testing.assert_array_equal(_outputs(again, small_mnist), _outputs(first, small_mnist))
    assert card_again["networks"] == card["networks"] and card_again["calibration"] == card["calibration"]

    store.clear()
    assert not (tmp_path / "parts").exists()


def test_other_options_train_again_only_the_networks_they_change(tmp_path, small_mnist, pen_data, tf):
    store = NetworkStore(tmp_path / "parts")
    run_recipe(small_mnist, *pen_data, TINY, store=store)
    before = {n: store.path(n).stat().st_mtime_ns for n in (1, 2, 3)}
    lines: list[str] = []
    _, card, _ = run_recipe(small_mnist, *pen_data, replace(TINY, seed=5), store=store,
                         log=lines.append)
    taken = [line.split(":")[0] for line in lines if "trained before" in line]
    assert taken == ["network 2 of 3", "network 3 of 3"]  # the first network's seed changed, not theirs
    assert store.path(1).stat().st_mtime_ns != before[1] and store.path(2).stat().st_mtime_ns == before[2]
    assert [n["seed"] for n in card["networks"]] == [5, 8, 9]

    lines.clear()  # the other networks' seeds and the calibration are not what trains network 1
    run_recipe(small_mnist, *pen_data, replace(TINY, seed=5, more_seeds=(8,), max_digits_rejected=0.02),
               store=store, log=lines.append)
    assert [line.split(":")[0] for line in lines if "trained before" in line] == ["network 1 of 2", "network 2 of 2"]


def test_a_stopped_run_keeps_the_finished_networks_only_and_goes_on_from_them(tmp_path, small_mnist, pen_data, tf):
    store = NetworkStore(tmp_path / "parts")
    cancel = CancelFlag()
    _, card, _ = run_recipe(small_mnist, *pen_data, TINY, _StopInNetwork(2, cancel), cancel, store=store)
    assert len(card["networks"]) == 2  # the first and the stopped second, joined
    assert store.path(1).is_file() and not store.path(2).exists() and not store.path(3).exists()

    lines: list[str] = []
    _, card, _ = run_recipe(small_mnist, *pen_data, TINY, store=store, log=lines.append)
    assert [line.split(":")[0] for line in lines if "trained before" in line] == ["network 1 of 3"]
    assert len(card["networks"]) == 3 and store.path(3).is_file()


def test_a_damaged_kept_network_is_trained_again(tmp_path, small_mnist, pen_data, tf):
    store = NetworkStore(tmp_path / "parts")
    store.folder.mkdir()
    store.path(1).write_bytes(b"not a model")
    lines: list[str] = []
    run_recipe(small_mnist, *pen_data, TINY, store=store, log=lines.append)
    assert not any("trained before" in line for line in lines)
    assert store.load(1, "another key") is None
    assert store.path(1).stat().st_size > 1000


def test_a_folder_that_cannot_be_written_costs_the_going_on_not_the_run(tmp_path, small_mnist, pen_data, tf):
    (tmp_path / "taken").write_text("a file where the folder should be")
    lines: list[str] = []
    model, card, _ = run_recipe(small_mnist, *pen_data, TINY, store=NetworkStore(tmp_path / "taken" / "parts"),
                             log=lines.append)
    assert len(card["networks"]) == 3 and model is not None
    assert [line.split(":")[0] for line in lines if "could not be kept" in line] == [
        "network 1 could not be kept", "network 2 could not be kept", "network 3 could not be kept"]


def test_the_path_network_is_kept_too_and_taken_when_only_the_image_networks_change(tmp_path, small_mnist,
                                                                                     pen_data, tf):
    store = NetworkStore(tmp_path / "parts")
    with_path = replace(TINY, path_weight=0.5, path_epochs=1)
    model, card, path_model = run_recipe(small_mnist, *pen_data, with_path, store=store)
    assert path_model is not None and path_model.output_shape == (None, 11)
    entry = card["path_network"]
    assert entry["weight"] == 0.5 and entry["epochs"] == 1 and entry["training_set"]["pen digits"] == 10
    assert entry["figures"]["held_out_writers"]["digits"] == 10
    assert store.path(0).is_file()

    lines: list[str] = []  # the image networks' epochs are not what trains the path network
    _, card, again = run_recipe(small_mnist, *pen_data, replace(with_path, epochs=2), store=store,
                                log=lines.append)
    assert f"path network: trained before, taken from {store.path(0)}" in lines
    np.testing.assert_array_equal(again.get_weights()[0], path_model.get_weights()[0])

    cancel = CancelFlag()  # Stop while the path network trains: the model comes without it
    _, card, none = run_recipe(small_mnist, *pen_data, replace(with_path, path_epochs=2),
                               _StopInNetwork(4, cancel), cancel)
    assert none is None and "path_network" not in card
