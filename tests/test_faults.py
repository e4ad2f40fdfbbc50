"""Bad input and faults: every case gets a clear message, the app keeps working, nothing is lost.

README's "Bad input and faults" table lists these cases.
"""

from __future__ import annotations

import errno
import gc
import os
import resource
import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QObject, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QMessageBox

from desktop.automation import draw_stroke
from desktop.core.model_files import ModelFileError, save_model
from cli_calls import assert_one_line, cli

DATA = Path(__file__).parent / "data"


# -- 1. model files -------------------------------------------------------------------------------


def _bad_model(kind: str, folder: Path) -> tuple[Path, str]:
    import keras

    from desktop.core.locations import default_model_path

    path = folder / f"{kind}.keras"
    if kind == "missing":
        return path, "no model file at"
    if kind == "text":
        path.write_text("weights: lots\n")
        return path, "text.keras is not a Keras .keras model file"
    if kind == "png":
        image = QImage(28, 28, QImage.Format.Format_Grayscale8)
        image.fill(0)
        assert image.save(str(path), "PNG")
        return path, "png.keras is not a Keras .keras model file"
    if kind == "truncated":
        data = default_model_path().read_bytes()
        path.write_bytes(data[: len(data) // 2])
        return path, "truncated.keras"
    if kind == "rgb-input":
        model = keras.Sequential([keras.Input((32, 32, 3)), keras.layers.Flatten(), keras.layers.Dense(10, "softmax")])
        save_model(model, path, {})
        return path, "the model expects input (32, 32, 3), not 28x28 grey images"
    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(5, "softmax")])
    save_model(model, path, {})
    return path, "the model has output (5,), not 10 digit probabilities"


BAD_MODELS = ["missing", "text", "png", "truncated", "rgb-input", "five-outputs"]


@pytest.mark.parametrize("kind", BAD_MODELS)
def test_bad_model_file_in_the_app_keeps_the_active_model(qtbot, window, tmp_path, warnings, kind, tf):
    path, message = _bad_model(kind, tmp_path)
    before = window.active_model.current
    with qtbot.waitSignal(window.active_model.loadFailed, timeout=30_000) as failed:
        window.active_model.load(path)
    assert message in failed.args[0]
    assert window.active_model.current is before
    assert warnings and warnings[-1][0] == "Could not open model" and message in warnings[-1][1]
    assert window.model_label.text().startswith("Model: default")
    # Still working: the canvas predicts with the old model.
    canvas = window.draw_area.canvas
    with qtbot.waitSignal(window.predictionChanged, timeout=5000):
        draw_stroke(canvas, np.array([[200, 100], [200, 350]]))


@pytest.mark.parametrize("kind", BAD_MODELS)
def test_bad_model_file_in_the_cli_is_one_line(capsys, tmp_path, kind, tf):
    path, message = _bad_model(kind, tmp_path)
    code, out, err = cli(capsys, "evaluate", path)
    assert_one_line(code, err, message)
    assert out == ""


# -- 2. dataset -----------------------------------------------------------------------------------


def _bad_dataset(kind: str, folder: Path, small) -> tuple[Path, str]:
    path = folder / f"{kind}.npz"
    arrays = {"x_train": small.x_train, "y_train": small.y_train, "x_test": small.x_test, "y_test": small.y_test}
    if kind == "missing":
        return path, "no such file or folder"
    if kind == "corrupt":
        path.write_bytes(b"PK\x03\x04 this is no archive")
        return path, "corrupt.npz"
    if kind == "shape":
        arrays["x_train"] = small.x_train.reshape(len(small.x_train), 784)
        message = "x_train"
    elif kind == "dtype":
        arrays["x_train"] = small.x_train.astype(np.complex64)
        message = "x_train"
    else:
        arrays["y_train"] = small.y_train.astype(np.int64) + 10
        message = "labels"
    np.savez(path, **arrays)
    return path, message


BAD_DATASETS = ["missing", "corrupt", "shape", "dtype", "labels"]


@pytest.mark.parametrize("kind", BAD_DATASETS)
def test_bad_dataset_stops_training_before_it_starts(qtbot, tmp_path, small_mnist, warnings, kind):
    from desktop.ui.active_model import ActiveModel
    from desktop.ui.train import TrainArea

    path, message = _bad_dataset(kind, tmp_path, small_mnist)
    area = TrainArea(ActiveModel())
    qtbot.addWidget(area)
    area.form.data_path = str(path)
    started = []
    with qtbot.waitSignal(area.trainingFailed, timeout=60_000) as failed:
        area.start()
        area.worker.trainingStarted.connect(lambda *a: started.append(a), Qt.ConnectionType.DirectConnection)
    assert message in failed.args[0] and "Cannot load MNIST" in failed.args[0]
    assert started == [] and area.outcome is None
    assert warnings == [("Training could not run", failed.args[0])]
    assert area.form.start_button.isEnabled() and not area.running


@pytest.mark.parametrize("kind", BAD_DATASETS)
def test_bad_dataset_in_the_cli_is_one_line(capsys, tmp_path, small_mnist, kind):
    path, message = _bad_dataset(kind, tmp_path, small_mnist)
    code, out, err = cli(capsys, "train", "--data", path, "--out", tmp_path / "never.keras")
    assert_one_line(code, err, message)
    assert not (tmp_path / "never.keras").exists()


# -- 3. hyperparameters ---------------------------------------------------------------------------

CLI_BAD_SETTINGS = [
    (["--epochs", "0"], "epochs must be a whole number >= 1 (got 0)"),
    (["--batch-size", "0"], "batch size must be a whole number >= 1 (got 0)"),
    (["--lr", "0"], "learning rate must be a number > 0 (got 0.0)"),
    (["--lr", "-0.01"], "learning rate must be a number > 0 (got -0.01)"),
    (["--val-split", "1"], "validation split must be >= 0 and < 1 (got 1.0)"),
    (["--subset", "70000"], "training subset 70000 is larger than the 60000 training images"),
]


@pytest.mark.parametrize("args, message", CLI_BAD_SETTINGS)
def test_bad_hyperparameters_in_the_cli(capsys, tmp_path, args, message):
    code, _, err = cli(capsys, "train", *args, "--out", tmp_path / "never.keras")
    assert_one_line(code, err, message)


def test_bad_hyperparameters_in_the_panel(qtbot, tmp_path, small_mnist, warnings):
    from desktop.ui.active_model import ActiveModel
    from desktop.ui.train import TrainArea

    area = TrainArea(ActiveModel())
    qtbot.addWidget(area)
    for setup, message in [
        (lambda: area.form.epochs_spin.setValue(0), "epochs must be a whole number >= 1 (got 0)"),
        (lambda: area.form.batch_spin.setValue(0), "batch size must be a whole number >= 1 (got 0)"),
        (lambda: area.form.lr_edit.setText("0"), "learning rate must be a number > 0 (got 0.0)"),
        (lambda: area.form.lr_edit.setText("-1e-3"), "learning rate must be a number > 0 (got -0.001)"),
    ]:
        setup()
        assert message in area.form.problems_label.text() and not area.form.start_button.isEnabled()
        area.form.epochs_spin.setValue(1), area.form.batch_spin.setValue(64), area.form.lr_edit.setText("0.001")
        assert area.form.problems_label.text() == "" and area.form.start_button.isEnabled()
    area.form.val_spin.setValue(1.0)  # the box stops below 1
    assert area.form.val_spin.value() < 1 and area.form.start_button.isEnabled()
    # A subset larger than the chosen data is known only once the data is read: said before training.
    small = tmp_path / "small.npz"
    np.savez(small, x_train=small_mnist.x_train, y_train=small_mnist.y_train,
             x_test=small_mnist.x_test, y_test=small_mnist.y_test)
    area.form.data_path = str(small)
    area.form.subset_spin.setValue(1000)
    with qtbot.waitSignal(area.trainingFailed, timeout=60_000) as failed:
        area.start()
    assert failed.args[0] == "Invalid settings: training subset 1000 is larger than the 300 training images"


# -- 4. saving ------------------------------------------------------------------------------------


def _fail_writes(monkeypatch, err: int) -> None:
    """Make every file written by Keras' saver fail with ``err`` (a full disk, a read-only folder)."""
    import zipfile

    real = zipfile.ZipFile.__init__

    def failing(self, file, mode="r", *args, **kw):
        if mode in ("w", "a", "x"):
            raise OSError(err, os.strerror(err))
        return real(self, file, mode, *args, **kw)

    monkeypatch.setattr(zipfile.ZipFile, "__init__", failing)


@pytest.mark.parametrize(
    "how, message",
    [
        ("full disk", "the disk is full"),
        ("read-only", "permission denied"),
        ("bad name", "is not a usable file name"),
        ("name too long", "file name too long"),
        ("missing folder", "does not exist"),
    ],
)
def test_failed_save_says_why_leaves_nothing_and_keeps_the_model(
    qtbot, window, tmp_path, monkeypatch, warnings, how, message
):
    area = window.train_area
    area.form.subset_spin.setValue(300)
    area.form.epochs_spin.setValue(1)
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000):
        area.start()
    folder = tmp_path / "models"
    folder.mkdir()
    target = folder / "mine.keras"
    if how == "full disk":
        _fail_writes(monkeypatch, errno.ENOSPC)
    elif how == "read-only":
        _fail_writes(monkeypatch, errno.EACCES)
    elif how == "bad name":
        target = folder / ".keras"
    elif how == "name too long":
        target = folder / ("x" * 300 + ".keras")
    else:
        target = folder / "nowhere" / "mine.keras"
    assert area.results.save_to(target) is None
    assert message in warnings[-1][1].lower() and "still here" in warnings[-1][1]
    assert list(folder.iterdir()) == []  # no partial or temporary file
    monkeypatch.undo()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a))
    saved = area.results.save_to(tmp_path / "elsewhere.keras")  # the model is still in memory
    assert saved is not None and saved.is_file() and (tmp_path / "elsewhere.card.json").is_file()


def test_a_failed_card_leaves_no_model_file_behind(tmp_path, monkeypatch, tf):
    import keras

    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(10, "softmax")])
    real = Path.write_text

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_text", full)
    with pytest.raises(ModelFileError, match="the disk is full"):
        save_model(model, tmp_path / "pair.keras", {})
    monkeypatch.setattr(Path, "write_text", real)
    assert list(tmp_path.iterdir()) == []


# -- 5. training lifecycle --------------------------------------------------------------------------


def _rss_mb() -> float:
    """Resident memory after a full collection, with freed pages handed back (as the app does)."""
    from desktop.core.memory import release_freed_memory

    gc.collect()
    release_freed_memory()
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


# Where a Stop lands decides what a run has built and traced by then. Each point is reached
# deterministically from the worker thread (as the Stop button does, through the worker's
# thread-safe stop()), not by timing, so a loaded machine cannot move it.
STOP_POINTS = ["before the first batch", "first batch", "mid-epoch", "validation", "evaluation", "loading"]


def _stop_at(point: str, area, monkeypatch) -> None:
    import desktop.core.data
    import desktop.core.evaluation
    import desktop.ui.train.worker as training_worker

    def stop() -> None:
        area.worker.stop()

    class Stopper(training_worker._SignalListener):
        def on_train_begin(self, epochs, steps_per_epoch):
            super().on_train_begin(epochs, steps_per_epoch)
            if point == "before the first batch":  # the first run traces its train step in this batch
                stop()

        def on_batch_end(self, epoch, step, logs):
            super().on_batch_end(epoch, step, logs)
            if (point == "first batch" and step == 0) or (point == "mid-epoch" and (epoch, step) == (2, 5)):
                stop()

        def on_validation_batch_end(self, epoch, step):
            if point == "validation" and (epoch, step) == (1, 0):
                stop()

    monkeypatch.setattr(training_worker, "_SignalListener", Stopper)
    if point == "loading":
        load = desktop.core.data.load_mnist
        monkeypatch.setattr(desktop.core.data, "load_mnist", lambda *a, **k: (stop(), load(*a, **k))[1])
    if point == "evaluation":
        evaluate = desktop.core.evaluation.evaluate
        monkeypatch.setattr(desktop.core.evaluation, "evaluate", lambda *a, **k: (stop(), evaluate(*a, **k))[1])


_warmed_up: list[str] = []


@pytest.mark.slow
@pytest.mark.parametrize("point", STOP_POINTS)
def test_start_stop_cycles_keep_no_memory(qtbot, tmp_path, small_mnist, warnings, monkeypatch, point):
    import shiboken6

    from desktop.core.memory import limit_malloc_arenas
    from desktop.ui.active_model import ActiveModel
    from desktop.ui.train import TrainArea

    limit_malloc_arenas()  # as create_main_window() does
    small = tmp_path / "small.npz"
    np.savez(small, x_train=small_mnist.x_train, y_train=small_mnist.y_train,
             x_test=small_mnist.x_test, y_test=small_mnist.y_test)
    area = TrainArea(ActiveModel())
    qtbot.addWidget(area)
    area.form.data_path = str(small)
    area.form.epochs_spin.setValue(1 if point == "evaluation" else 50)
    area.form.batch_spin.setValue(16)
    area.form.val_spin.setValue(0.1)  # stopping during validation needs one
    _stop_at(point, area, monkeypatch)
    threads_before = threading.active_count()
    # The process' first runs fill caches once (traced steps, TensorFlow's kernels). Growth is
    # measured after that.
    warm_up, measured = (1 if _warmed_up else 4), 6
    rss, workers = [], []
    for cycle in range(warm_up + measured):
        with qtbot.waitSignal(area.trainingFinished, timeout=60_000) as done:
            area.start()
            area.start()  # a second click while starting is ignored
            workers.append(area.worker)
        result = done.args[0].result
        assert result.stopped == ("" if point == "evaluation" else "cancelled")
        assert not area.running and area.form.start_button.isEnabled()
        if cycle >= warm_up - 1:
            rss.append(_rss_mb())
    # Growth per run: the slope of a line through the readings, which a single noisy reading barely moves.
    per_run = float(np.polyfit(np.arange(len(rss)), rss, 1)[0])
    print(f"\nstop at {point}: RSS " + " ".join(f"{v:.1f}" for v in rss) + f" MB, {per_run:+.2f} MB per run")
    _warmed_up.append(point)
    assert per_run < 1.0, f"memory grew {per_run:.2f} MB per start/stop run (stop at {point})"
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(w) for w in workers[:-1]), timeout=5000)
    assert threading.active_count() <= threads_before + 1
    assert warnings == []


def test_start_twice_quickly_runs_one_training(qtbot, window):
    area = window.train_area
    area.form.subset_spin.setValue(300)
    area.form.epochs_spin.setValue(1)
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000):
        area.form.start_button.click()
        first = area.worker
        area.form.start_button.click()
        area.start()
        assert area.worker is first
    assert area.outcome is not None and not area.running


@pytest.mark.parametrize("moment", ["loading", "first batches", "evaluating"])
def test_closing_at_any_moment_of_training(qtbot, window, moment):
    area = window.train_area
    area.form.subset_spin.setValue(300)
    area.form.epochs_spin.setValue(1 if moment == "evaluating" else 100)
    area.start()
    thread = area.thread
    if moment == "first batches":
        qtbot.waitUntil(lambda: area.series.last_batch is not None, timeout=60_000)
    elif moment == "evaluating":
        qtbot.waitUntil(lambda: len(area.series.epoch_rows) > 0, timeout=60_000)
    window.close()
    assert thread.isFinished() and not area.running


# -- 6. canvas ------------------------------------------------------------------------------------


def test_thousands_of_mouse_events_in_a_burst(qtbot, window):
    canvas = window.draw_area.canvas
    t = np.linspace(0, 40 * np.pi, 5000)
    points = np.stack([200 + 120 * np.cos(t) * np.sin(t / 20), 200 + 150 * np.sin(t)], axis=1)
    draw_stroke(canvas, points)  # no event loop in between: one burst
    qtbot.waitUntil(lambda: not window.draw_area.live.pending(), timeout=5000)
    digit, probs = window.shown_predictions[-1]
    assert -1 <= digit <= 9 and len(probs) == 10 and abs(sum(probs) - 1) < 1e-4  # a scribble: may be "not a digit"
    assert len(canvas.drawing.strokes) == 1


def test_clear_while_a_prediction_is_pending(qtbot, window):
    canvas = window.draw_area.canvas
    live = window.draw_area.live
    draw_stroke(canvas, np.array([[100, 100], [300, 300]]))
    live.throttle.min_gap_ms = 60_000  # the next stroke's reading has to wait
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))
    qtbot.mouseMove(canvas, QPoint(100, 300))  # a second stroke in progress, its reading waiting
    assert live.pending()
    canvas.clear()
    assert not live.pending()  # clearing is read at once; the waiting reading is dropped
    assert window.shown_predictions[-1] == (-1, [])
    assert window.draw_area.digit_label.text() == "–"
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(100, 300))  # the cleared stroke is gone
    assert canvas.is_empty() and window.shown_predictions[-1] == (-1, [])


def test_single_dot_stroke_leaving_the_canvas_and_empty_canvas(qtbot, window):
    canvas = window.draw_area.canvas
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    qtbot.waitUntil(lambda: not window.draw_area.live.pending(), timeout=5000)
    digit, probs = window.shown_predictions[-1]
    assert digit == -1 and len(probs) == 10  # a dot is ink: predicted (not a digit), no crash
    canvas.clear()
    # Out of the widget (negative and far beyond) and back in: the pen stays on the square's edge.
    draw_stroke(canvas, np.array([[100, 200], [-400, 200], [-400, 5000], [300, 300]]))
    qtbot.waitUntil(lambda: not window.draw_area.live.pending(), timeout=5000)
    points = np.concatenate([s.points for s in canvas.drawing.strokes])
    assert points.min() == 0 and points.max() == 1000
    image = window.draw_area.seen.image
    assert image.shape == (28, 28) and np.isfinite(image).all() and image.max() > 0.5
    canvas.clear()
    window.draw_area.live.throttle.run_now()
    assert window.shown_predictions[-1] == (-1, [])


# -- 7. image import --------------------------------------------------------------------------------


def _digit_image(size: int, fmt=QImage.Format.Format_Grayscale8, ink="black", paper="white") -> QImage:
    image = QImage(size, size, fmt)
    image.fill(QColor(paper))
    painter = QPainter(image)
    painter.setPen(QPen(QColor(ink), size / 12))
    painter.drawLine(QPointF(size / 2, size * 0.15), QPointF(size / 2, size * 0.85))  # a '1'
    painter.end()
    return image


def _picture(kind: str, folder: Path) -> Path:
    path = folder / f"{kind}.png"
    if kind == "not an image":
        path.write_text("this is a shopping list")
    elif kind == "8000x8000":
        assert _digit_image(8000).save(str(path), "PNG")
    elif kind in ("all white", "all black"):
        image = QImage(64, 64, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white" if kind == "all white" else "black"))
        image.save(str(path))
    elif kind == "animated GIF":
        path = DATA / "one-then-zero.gif"
    elif kind == "16-bit PNG":
        image = _digit_image(64).convertToFormat(QImage.Format.Format_Grayscale16)
        image.save(str(path))
    elif kind == "transparent, dark ink":
        _digit_image(64, QImage.Format.Format_ARGB32, "black", "transparent").save(str(path))
    elif kind == "transparent, white ink":
        _digit_image(64, QImage.Format.Format_ARGB32, "white", "transparent").save(str(path))
    return path


@pytest.mark.parametrize(
    "kind, expected",
    [
        ("not an image", "is not a picture this app can read"),
        ("8000x8000", 1),
        ("all white", "looks blank"),
        ("all black", "looks blank"),
        ("animated GIF", 1),  # the first frame is a '1', the second a '0'
        ("16-bit PNG", 1),
        ("transparent, dark ink", 1),
        ("transparent, white ink", 1),
    ],
)
def test_image_import(qtbot, window, tmp_path, warnings, kind, expected):
    path = _picture(kind, tmp_path)
    if kind == "16-bit PNG":
        assert QImage(str(path)).format() == QImage.Format.Format_Grayscale16
    area = window.draw_area
    if isinstance(expected, str):
        assert not area.open_image(path)
        assert warnings[-1][0] == "Cannot use image" and expected in warnings[-1][1]
        assert area.canvas.is_empty()
        return
    assert area.open_image(path), warnings
    qtbot.waitUntil(lambda: not area.live.pending(), timeout=5000)
    assert window.shown_predictions[-1][0] == expected


@pytest.mark.parametrize("kind", ["8000x8000", "animated GIF", "16-bit PNG", "transparent, white ink"])
def test_image_import_in_the_cli(capsys, tmp_path, kind):
    code, out, err = cli(capsys, "predict", "default", _picture(kind, tmp_path))
    assert code == 0, err
    assert out.split()[0] == "1"


# -- 8. unexpected exceptions ------------------------------------------------------------------------


class _Faulty(QObject):
    poke = Signal()

    def explode(self) -> None:
        raise RuntimeError("a bug in a slot")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_a_dialog_and_is_logged(qtbot, window, warnings):
    from desktop.ui.error_reporter import ErrorReporter, error_log_path

    reporter = ErrorReporter(window)
    reporter.install()
    try:
        faulty = _Faulty()
        faulty.poke.connect(faulty.explode)
        with qtbot.waitSignal(reporter.reported, timeout=5000) as reported:
            QTimer.singleShot(0, faulty.poke.emit)
        assert reported.args[0] == "RuntimeError: a bug in a slot"
        assert reported.args[1] == str(error_log_path())
        log = error_log_path().read_text()
        assert "Traceback" in log and "in explode" in log and "RuntimeError: a bug in a slot" in log
        assert warnings[-1][0] == "Unexpected error" and "a bug in a slot" in warnings[-1][1]
        # From a worker thread: the dialog still comes up on the GUI thread.
        with qtbot.waitSignal(reporter.reported, timeout=5000) as reported:
            worker = threading.Thread(target=faulty.explode)
            worker.start()
        worker.join()
        assert reported.args[0] == "RuntimeError: a bug in a slot"
        assert len(warnings) == 2
        # ... and the app keeps working.
        with qtbot.waitSignal(window.predictionChanged, timeout=5000):
            draw_stroke(window.draw_area.canvas, np.array([[200, 100], [200, 350]]))
    finally:
        reporter.uninstall()
