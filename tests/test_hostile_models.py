"""Hostile model files and saving that survives kills, umasks, long names and diverged training (issue 13).

README's "Bad input and faults" table lists these cases.
"""

from __future__ import annotations

import json
import os
import stat
import struct
import threading
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest

from desktop.core.model_files import LoadedModel, ModelFileError, card_path, load_model, save_model, write_atomic
from cli_calls import assert_one_line, cli

WAIT_S = 60  # what used to hang forever must end well within this, even on a loaded machine


@pytest.fixture(scope="module")
def tiny(tf):
    """A 28x28 -> 10 model small enough to save in milliseconds."""
    import keras

    return keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(10, "softmax")])


def _small_npz(folder: Path, small) -> Path:
    path = folder / "small.npz"
    np.savez(path, x_train=small.x_train, y_train=small.y_train, x_test=small.x_test, y_test=small.y_test)
    return path


# -- 3. zip bombs and files that are no files ---------------------------------------------------------


def _members(model_file: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(model_file) as z:
        return {name: z.read(name) for name in z.namelist()}


def _claim_size(path: Path, member: str, size: int) -> None:
    """Make the zip's central directory claim that ``member`` unpacks to ``size`` bytes."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46: at + 46 + name_length] == member.encode():
            struct.pack_into("<I", data, at + 24, size)
            path.write_bytes(bytes(data))
            return
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"{member} not in {path}")


def _deflated(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _bomb(kind: str, folder: Path, real: Path) -> tuple[Path, str]:
    path = folder / f"{kind}.keras"
    members = _members(real)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            if kind == "config" and name == "config.json":
                with z.open(_deflated(name), "w") as f:  # valid JSON: 64 MB of spaces before the last brace
                    f.write(data[:-1])
                    for _ in range(64):
                        f.write(b" " * 1_000_000)
                    f.write(data[-1:])
            else:
                z.writestr(name, data, zipfile.ZIP_DEFLATED if kind == "config" else zipfile.ZIP_STORED)
        if kind == "ratio":
            with z.open(_deflated("assets/blob"), "w") as f:  # 30 MB of zeros in ~30 KB
                for _ in range(30):
                    f.write(bytes(1_000_000))
    if kind == "weights":
        _claim_size(path, "model.weights.h5", 0xF000_0000)
        return path, f"{path.name} is not a usable model file: its model.weights.h5 would unpack to 4.0 GB"
    if kind == "config":
        return path, f"{path.name} is not a usable model file: its config.json would unpack to 64.0 MB"
    return path, f"{path.name} is not a usable model file: its assets/blob would unpack"


@pytest.fixture
def keras_must_not_read(monkeypatch, tf):
    """Fail the test if Keras is asked to open a model file."""
    import keras

    def refuse(*args, **kwargs):
        raise AssertionError("Keras was given the file")

    monkeypatch.setattr(keras.saving, "load_model", refuse)


@pytest.mark.parametrize("kind", ["config", "weights", "ratio"])
def test_a_zip_bomb_is_refused_before_keras_sees_it(tmp_path, tiny, keras_must_not_read, capsys, kind):
    real = save_model(tiny, tmp_path / "real.keras", {})
    path, message = _bomb(kind, tmp_path, real)
    assert path.stat().st_size < 2_000_000
    with pytest.raises(ModelFileError) as refused:
        load_model(path)
    assert str(refused.value).startswith(message)
    code, out, err = cli(capsys, "evaluate", path)
    assert_one_line(code, err, message)


def test_a_model_file_that_is_a_fifo_or_a_device_is_refused(tmp_path, capsys):
    pipe = tmp_path / "pipe.keras"
    os.mkfifo(pipe)
    for path in (pipe, Path("/dev/zero")):
        done: list = []
        reader = threading.Thread(target=lambda p=path: done.append(_error_of(load_model, p)), daemon=True)
        reader.start()
        reader.join(WAIT_S)
        if reader.is_alive():
            _unblock(pipe)
        assert done == [f"{path.name} is not a usable model file: it is not a regular file"]
    code, out, err = cli(capsys, "summary", pipe)
    assert_one_line(code, err, "pipe.keras is not a usable model file: it is not a regular file")


def _error_of(load, path) -> str:
    try:
        load(path)
    except ModelFileError as exc:
        return str(exc)
    return "loaded"


def _unblock(fifo: Path) -> None:
    """Open ``fifo`` for writing, which lets a reader stuck in open() go on (only when a test fails)."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass


# -- 4. model cards that are no small files -----------------------------------------------------------


def _load_in_thread(path: Path) -> list:
    done: list = []
    reader = threading.Thread(target=lambda: done.append(load_model(path)), daemon=True)
    reader.start()
    reader.join(WAIT_S)
    return done


def test_a_card_that_is_a_fifo_is_ignored_and_the_model_loads(tmp_path, tiny):
    path = save_model(tiny, tmp_path / "piped.keras", {"test_accuracy": 0.5})
    card = card_path(path)
    card.unlink()
    os.mkfifo(card)
    try:
        done = _load_in_thread(path)
    finally:
        _unblock(card)
    assert len(done) == 1, "loading hung on the card"
    assert done[0].card == {} and done[0].name == "piped" and done[0].test_accuracy is None


def test_an_oversized_card_is_ignored(tmp_path, tiny):
    path = save_model(tiny, tmp_path / "big.keras", {})
    card_path(path).write_text(json.dumps({"name": "huge", "padding": "x" * 2_000_000}))
    loaded = load_model(path)
    assert loaded.card == {} and loaded.name == "big"


def test_the_app_loads_a_model_with_a_fifo_card_and_later_loads_still_run(qtbot, window, tmp_path, tiny, warnings):
    from desktop.core.locations import default_model_path

    path = save_model(tiny, tmp_path / "piped.keras", {})
    card = card_path(path)
    card.unlink()
    os.mkfifo(card)
    try:
        with qtbot.waitSignal(window.active_model.changed, timeout=WAIT_S * 1000):
            window.active_model.load(path)
        assert window.active_model.current.name == "piped"
        with qtbot.waitSignal(window.active_model.changed, timeout=WAIT_S * 1000):
            window.active_model.load(default_model_path())
    finally:
        _unblock(card)
    assert window.active_model.current.name == "default" and warnings == []


# -- 9. temporary files left by a killed save -------------------------------------------------------------


def test_a_save_clears_stale_temporary_files_of_its_own_and_nothing_else(tmp_path, tiny):
    hour_ago = time.time() - 3600
    stale = [".mine.k3x_9ab2.tmp.keras", ".mine.card.zz81qq0a.tmp.json", ".other.0123abcd.tmp.keras",
             ".curves.a1b2c3d4.tmp.png"]
    fresh = ".mine.f00dcafe.tmp.keras"  # a save running right now in another window
    others = ["notes.tmp.keras", ".mine.keras", "mine.k3x_9ab2.tmp.keras", ".hidden", "old.keras"]
    for name in stale + others + [fresh]:
        (tmp_path / name).write_bytes(b"" if "tmp" in name else b"keep")
        if name != fresh:
            os.utime(tmp_path / name, (hour_ago, hour_ago))
    (tmp_path / ".dir.abcdefgh.tmp.keras").mkdir()
    os.utime(tmp_path / ".dir.abcdefgh.tmp.keras", (hour_ago, hour_ago))
    save_model(tiny, tmp_path / "mine.keras", {})
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        others + [fresh, ".dir.abcdefgh.tmp.keras", "mine.keras", "mine.card.json"])


# -- 10. file modes -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_saved_files_get_the_normal_mode_for_new_files(tmp_path, tiny, umask, mode):
    previous = os.umask(umask)
    try:
        path = save_model(tiny, tmp_path / "mine.keras", {})
        write_atomic((tmp_path / "spec.json", lambda tmp: tmp.write_text("{}")))
    finally:
        os.umask(previous)
    for saved in (path, card_path(path), tmp_path / "spec.json"):
        assert stat.S_IMODE(saved.stat().st_mode) == mode, saved.name


# -- 12. long file names -------------------------------------------------------------------------------------


@pytest.mark.parametrize("length", [240, 245])
def test_any_name_the_file_system_takes_for_model_and_card_saves(tmp_path, tiny, length):
    stem = "x" * (length - len(".keras"))
    path = save_model(tiny, tmp_path / f"{stem}.keras", {})
    assert len(path.name.encode()) == length
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, stem + ".card.json"])
    assert load_model(path).name == stem


def test_a_long_multibyte_name_saves(tmp_path, tiny):
    stem = "数" * 78  # 234 bytes in UTF-8; the card's name is 244 bytes
    path = save_model(tiny, tmp_path / f"{stem}.keras", {})
    assert path.is_file() and card_path(path).is_file()


# -- 11. diverged training: NaN weights, NaN figures -----------------------------------------------------------


def _nan_model(tiny, folder: Path, name: str = "nan.keras") -> Path:
    """A model file whose weights hold a NaN, written as Keras writes it (save_model refuses)."""
    import keras

    model = keras.models.clone_model(tiny)
    weights = model.get_weights()
    weights[0][0, 0] = np.nan
    model.set_weights(weights)
    path = folder / name
    model.save(path)
    return path


NAN_MESSAGE = "has weights that are not numbers (NaN); it cannot read digits"


def test_a_model_with_nan_weights_is_refused(tmp_path, tiny, capsys):
    path = _nan_model(tiny, tmp_path)
    with pytest.raises(ModelFileError, match=r"^nan.keras has weights that are not numbers \(NaN\); it cannot"):
        load_model(path)
    picture = tmp_path / "one.png"
    _write_one(picture)
    code, out, err = cli(capsys, "predict", path, picture)
    assert_one_line(code, err, f"nan.keras {NAN_MESSAGE}")
    assert out == ""


def _write_one(path: Path) -> None:
    from PIL import Image

    image = np.full((64, 64), 255, np.uint8)
    image[10:54, 30:34] = 0
    Image.fromarray(image).save(path)


def test_a_model_with_nan_weights_is_not_saved(tmp_path, tiny):
    import keras

    model = keras.models.clone_model(tiny)
    weights = model.get_weights()
    weights[1][3] = np.inf
    model.set_weights(weights)
    with pytest.raises(ModelFileError, match=r"cannot save .*mine.keras: the model has weights that are infinite"):
        save_model(model, tmp_path / "mine.keras", {})
    assert list(tmp_path.iterdir()) == []


def test_cards_are_strict_json_with_null_for_figures_that_are_not_numbers(tmp_path, tiny):
    card = {"train_loss": float("nan"), "val_loss": float("inf"), "figures": {"loss": [1.0, float("-inf")]},
            "test_accuracy": 0.25}
    path = save_model(tiny, tmp_path / "odd.keras", card)

    def refuse(constant):
        raise ValueError(f"{constant} in the card")

    saved = json.loads(card_path(path).read_text(), parse_constant=refuse)
    assert (saved["train_loss"], saved["val_loss"], saved["figures"]) == (None, None, {"loss": [1.0, None]})
    assert saved["test_accuracy"] == 0.25


def test_an_old_card_with_nan_accuracy_reads_as_unknown(tmp_path):
    loaded = LoadedModel(model=None, path=tmp_path / "old.keras", card=json.loads('{"test_accuracy": NaN}'))
    assert loaded.test_accuracy is None


def test_the_app_keeps_its_model_when_a_nan_model_is_opened_or_used(qtbot, window, tmp_path, tiny, warnings):
    import keras

    before = window.active_model.current
    path = _nan_model(tiny, tmp_path)
    with qtbot.waitSignal(window.active_model.loadFailed, timeout=WAIT_S * 1000) as failed:
        window.active_model.load(path)
    assert failed.args[0] == f"nan.keras {NAN_MESSAGE}"
    trained = keras.models.load_model(path, compile=False)  # as the Train area hands over a diverged run
    with qtbot.waitSignal(window.active_model.loadFailed, timeout=WAIT_S * 1000) as failed:
        window.active_model.load(LoadedModel(trained, Path("trained seed-cnn (unsaved)"), {}))
    assert failed.args[0] == f"trained seed-cnn (unsaved) {NAN_MESSAGE}"
    assert window.active_model.current is before
    assert window.model_label.text().startswith("Model: default")
    assert [title for title, _ in warnings] == ["Could not open model"] * 2
    assert warnings[-1][1].endswith("default stays active.")


def test_the_train_area_will_not_save_a_diverged_model(qtbot, tmp_path, warnings):
    from desktop.ui.active_model import ActiveModel
    from desktop.ui.train import TrainArea

    area = TrainArea(ActiveModel())
    qtbot.addWidget(area)
    area.form.subset_spin.setValue(300)
    area.form.epochs_spin.setValue(1)
    area.form.batch_spin.setValue(32)
    area.form.lr_edit.setText("1e12")
    area.form.optimizer_combo.setCurrentText("sgd")
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.start()
    assert done.args[0].result.stopped == "nan"
    warnings.clear()
    assert area.results.save_to(tmp_path / "diverged.keras") is None
    title, text = warnings[-1]
    assert title == "Could not save the model"
    assert "the model has weights that are" in text and "lower learning rate" in text and "still here" not in text
    assert list(tmp_path.iterdir()) == []
    area.shutdown()


# 1e10 with seed 4: every batch's loss is finite, the last update leaves NaN weights.
@pytest.mark.parametrize("lr, seed, why", [("1e6", "1", "loss NaN"), ("1e10", "4", "weights NaN")])
def test_cli_training_that_diverges_saves_nothing_and_fails(tmp_path, capsys, small_mnist, tf, lr, seed, why):
    data = _small_npz(tmp_path, small_mnist)
    out = tmp_path / "m.keras"
    code, _, err = cli(capsys, "train", "--data", data, "--epochs", "1", "--batch-size", "32", "--lr", lr,
                       "--optimizer", "sgd", "--lr-schedule", "constant", "--val-split", "0.1", "--seed", seed,
                       "--out", out)
    assert_one_line(code, err, f"digit-recognizer train: error: training diverged ({why}); the model was not "
                               "saved, try a lower learning rate")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.npz"]


# -- 8. an unusable --out ---------------------------------------------------------------------------------------


@pytest.fixture
def no_training(monkeypatch):
    import desktop.core.training

    def refuse(*args, **kwargs):
        raise AssertionError("training started")

    monkeypatch.setattr(desktop.core.training, "train", refuse)


def test_an_out_that_is_a_folder_is_refused_before_training(tmp_path, capsys, small_mnist, no_training):
    data = _small_npz(tmp_path, small_mnist)
    folder = tmp_path / "models.keras"
    folder.mkdir()
    code, out, err = cli(capsys, "train", "--data", data, "--epochs", "1", "--out", folder)
    assert_one_line(code, err, f"cannot save to {folder}: it is a folder")
    assert out == ""


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_an_out_in_a_read_only_folder_is_refused_before_training(tmp_path, capsys, small_mnist, no_training):
    data = _small_npz(tmp_path, small_mnist)
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, out, err = cli(capsys, "train", "--data", data, "--epochs", "1", "--out", folder / "m.keras")
    finally:
        folder.chmod(0o755)
    assert_one_line(code, err, f"cannot save to {folder / 'm.keras'}: permission denied")
    assert list(folder.iterdir()) == []


def test_an_out_with_a_name_too_long_is_refused_before_training(tmp_path, capsys, small_mnist, no_training):
    data = _small_npz(tmp_path, small_mnist)
    out = tmp_path / ("x" * 250 + ".keras")  # the card's name would be 260 bytes
    code, _, err = cli(capsys, "train", "--data", data, "--epochs", "1", "--out", out)
    assert_one_line(code, err, "file name too long")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.npz"]


def test_a_save_that_fails_after_training_goes_to_the_models_folder(tmp_path, capsys, small_mnist, monkeypatch, tf):
    import desktop.core.model_files as model_files

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    real, calls = model_files.save_model, []

    def full_once(model, path, card, path_network=None):
        calls.append(Path(path))
        if len(calls) == 1:
            raise ModelFileError(f"cannot save to {path}: the disk is full")
        return real(model, path, card, path_network)

    monkeypatch.setattr(model_files, "save_model", full_once)
    data = _small_npz(tmp_path, small_mnist)
    out = tmp_path / "m.keras"
    code, _, err = cli(capsys, "train", "--data", data, "--epochs", "1", "--batch-size", "32", "--seed", "1",
                       "--out", out)
    [saved] = (tmp_path / "data" / "digit-recognizer" / "models").glob("*.keras")
    assert_one_line(code, err, f"cannot save to {out}: the disk is full; the trained model was saved to {saved} "
                               "instead")
    assert not out.exists() and saved.name.startswith("m-")
    assert load_model(saved).name == "m"


def test_the_chart_shows_no_bars_for_probabilities_that_are_not_numbers(qtbot):
    from desktop.ui.prediction_views import ProbabilityChart

    chart = ProbabilityChart()
    qtbot.addWidget(chart)
    chart.set_probabilities(np.array([0.1] * 9 + [0.1]))
    chart.set_probabilities(np.array([np.nan] * 10))
    assert chart.heights().tolist() == [0.0] * 10
