"""Hostile text and pictures (issue 13): names, spec values and pictures never make Qt read a file.

Qt reads a label, tooltip or message box that looks like HTML as HTML and
loads every ``<img src=...>`` in it; a name pointing at a FIFO froze the
window, one pointing at /dev/zero crashed it. A FIFO that reports whether
anyone opened it stands in for both here.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from desktop.cli import main as cli_main
from desktop.core.model_files import save_model
from desktop.core.spec import preset, save_spec

HOSTILE = '<img src="fifo">'


class WatchedFifo:
    """A FIFO named ``fifo`` in a folder; ``opened`` counts readers (each is let go at once)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "fifo"
        os.mkfifo(self.path)
        self.opened = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.002):
            try:  # a writer can open a FIFO without blocking only while a reader waits on it
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                continue
            self.opened += 1
            os.close(fd)  # the reader sees the end of the file and goes on

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)


@pytest.fixture
def fifo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # Qt resolves src="fifo" against the working folder
    watched = WatchedFifo(tmp_path)
    yield watched
    watched.stop()


def render(widget: QWidget) -> None:
    """Lay out and paint a widget and everything in it, as showing it on screen does."""
    widget.grab()
    QApplication.processEvents()


def render_box(title: str, text: str) -> QMessageBox:
    """The message box the app would show (as QMessageBox.warning builds it), painted."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text)
    render(box)
    return box


def shown_text(widget: QWidget) -> str:
    """All text the labels inside ``widget`` show, as a person reads it."""
    texts = []
    for label in [widget, *widget.findChildren(QLabel)]:
        if isinstance(label, QLabel) and label.text():
            is_rich = label.textFormat() == Qt.TextFormat.RichText or (
                label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))
            if is_rich:
                doc = QTextDocument()
                doc.setHtml(label.text())
                texts.append(doc.toPlainText())
            else:
                texts.append(label.text())
    return "\n".join(texts)


def _hostile_model(folder: Path) -> Path:
    """A working model whose card names it in HTML (TensorFlow refuses such layer names when run)."""
    import keras

    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(),
                              keras.layers.Dense(10, activation="softmax")])
    return save_model(model, folder / "hostile.keras", {"name": HOSTILE})


def test_a_model_named_in_html_is_shown_as_typed_and_nothing_is_fetched(qtbot, window, tmp_path, fifo, warnings, tf):
    path = _hostile_model(tmp_path)
    with qtbot.waitSignal(window.active_model.changed, timeout=60_000):
        window.active_model.load(path)
    for area in (window.draw_area, window.build_area, window.train_area, window.inspect_area):
        window.tabs.setCurrentWidget(area)
        render(window)
    assert warnings == []
    assert window.model_label.text().startswith(f"Model: {HOSTILE} - ")
    assert window.model_label.textFormat() == Qt.TextFormat.PlainText
    assert window.statusBar().currentMessage() == f"Model {HOSTILE} ready"
    assert fifo.opened == 0


def test_a_model_file_named_in_html_gets_a_literal_message(qtbot, window, tmp_path, fifo, warnings):
    bad = tmp_path / f"{HOSTILE}.keras"
    bad.write_text("not a model")
    with qtbot.waitSignal(window.active_model.loadFailed, timeout=60_000):
        window.active_model.load(bad)
    assert len(warnings) == 1
    box = render_box(*warnings[0])
    assert f"{HOSTILE}.keras is not a Keras .keras model file" in box.text() or \
        f"{HOSTILE}.keras is not a Keras .keras model file" in shown_text(box)
    assert fifo.opened == 0


def test_a_spec_carrying_html_is_shown_as_typed_and_nothing_is_fetched(qtbot, window, tmp_path, fifo, warnings):
    spec = preset("seed-cnn")
    spec.name = HOSTILE
    path = save_spec(spec, tmp_path / "hostile.json")
    data = json.loads(path.read_text())
    data["layers"][0]["activation"] = HOSTILE
    path.write_text(json.dumps(data))

    window.tabs.setCurrentWidget(window.build_area)
    window.build_area.open_file(path)
    render(window)
    for title, text in warnings:
        render_box(title, text)
    said = shown_text(window.build_area) + "\n".join(
        shown_text(render_box(title, text)) for title, text in warnings)
    assert HOSTILE in said  # the bad activation, quoted as it is in the file
    assert fifo.opened == 0


def test_tooltips_and_messages_that_look_like_html_show_it_literally():
    from desktop.ui.literal_text import escaped, literal

    assert literal("Model seed-cnn ready") == "Model seed-cnn ready"
    as_shown = literal(f"cannot read {HOSTILE}\nsecond line")
    assert GuiQt.mightBeRichText(as_shown) and "<img" not in as_shown
    doc = QTextDocument()
    doc.setHtml(as_shown)
    assert doc.toPlainText() == f"cannot read {HOSTILE}\nsecond line"
    assert escaped("a < b & c") == "a &lt; b &amp; c"


def test_every_label_in_the_window_is_plain_text_or_a_known_rich_one(window):
    rich = {window.build_area.formula_label, window.inspect_area.explanation}
    for label in window.findChildren(QLabel):
        if label.buddy() is not None:  # a form's row title, written by the app
            continue
        if label not in rich and label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


# -- pictures ------------------------------------------------------------------------------------

SVG = f'<svg xmlns="http://www.w3.org/2000/svg" width="28" height="28"><image href="fifo" width="28" ' \
      f'height="28"/></svg>'


def test_an_svg_picture_is_refused_and_reads_no_other_file(qtbot, window, tmp_path, fifo, warnings):
    (tmp_path / "digit.svg").write_text(SVG)
    assert not window.draw_area.open_image(tmp_path / "digit.svg")
    assert warnings[-1][1].startswith("digit.svg is not a picture this app can read (PNG, JPEG, GIF, BMP, TIFF, ")

    for how in ("paste", "drop"):
        mime = QMimeData()
        mime.setData("image/svg+xml", SVG.encode())
        if how == "paste":
            QApplication.clipboard().setMimeData(mime)
            try:
                window.draw_area.paste_action.trigger()
            finally:  # Qt frees clipboard data set from Python twice at exit unless it is cleared
                QApplication.clipboard().clear()
        else:
            window.draw_area.dropEvent(QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                                                  Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
        what = "pasted" if how == "paste" else "dropped"
        assert warnings[-1][1] == (f"The {what} picture is in a format (SVG) this app does not read; "
                                "use PNG, JPEG, GIF, BMP, TIFF, WebP, PPM.")
    assert fifo.opened == 0
    assert window.draw_area.canvas.is_empty()


def test_a_pasted_png_is_read_by_the_same_reader_as_files(qtbot, window, tmp_path, mnist, monkeypatch):
    from PIL import Image

    from desktop.core.images import read_ink

    Image.fromarray(255 - mnist.x_test[3]).save(tmp_path / "digit.png")
    mime = QMimeData()
    mime.setData("image/png", (tmp_path / "digit.png").read_bytes())
    shown = []
    monkeypatch.setattr(window.draw_area.canvas, "set_image", shown.append)
    assert window.draw_area.load_mime(mime, "The pasted picture")
    assert len(shown) == 1 and np.array_equal(shown[0], read_ink(tmp_path / "digit.png"))
    monkeypatch.undo()
    assert window.draw_area.load_mime(mime, "The pasted picture")
    qtbot.waitUntil(lambda: window.shown_predictions and window.shown_predictions[-1][0] == int(mnist.y_test[3]),
                    timeout=60_000)


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_fifo_or_device_as_picture_is_refused_at_once(capsys, tmp_path, qtbot, window, warnings, kind):
    if kind == "fifo":
        path = tmp_path / "pipe.png"
        os.mkfifo(path)  # nobody ever writes: opening it to read would wait forever
    else:
        path = Path("/dev/zero")  # never ends
    name, kind_text = path.name, "a named pipe" if kind == "fifo" else "a device"
    result: list = []
    worker = threading.Thread(target=lambda: result.append(cli_main(["predict", "default", str(path)])), daemon=True)
    worker.start()
    worker.join(120)  # a hang never ends; loading the model takes a while on a busy machine
    assert not worker.is_alive(), "predict hung on a FIFO or device"
    err = capsys.readouterr().err.strip().splitlines()
    assert result == [1] and err == [
        f"digit-recognizer predict: error: {name} is not a picture file (it is {kind_text})"]
    assert not window.draw_area.open_image(path)
    assert warnings[-1][1] == f"{name} is not a picture file (it is {kind_text})."


# -- start-up, terminal and progress ---------------------------------------------------------------


def test_a_failed_start_up_load_does_not_leave_loading_on_the_canvas(qtbot, tmp_path, warnings):
    from desktop.app import create_main_window
    from desktop.automation import draw_stroke

    bad = tmp_path / "broken.keras"
    bad.write_text("not a model")
    win = create_main_window(bad)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.active_model.loadFailed, timeout=60_000):
        win.show()
    assert win.draw_area.confidence_label.text() == "No model: open one with File > Open model (Ctrl+O)"
    draw_stroke(win.draw_area.canvas, np.array([(120.0, 60.0), (150.0, 120.0), (160.0, 250.0)]))
    qtbot.waitUntil(lambda: win.draw_area.confidence_label.text() != "Draw a digit", timeout=60_000)
    assert win.draw_area.confidence_label.text() == "No model: open one with File > Open model (Ctrl+O)"
    assert warnings and "broken.keras is not a Keras .keras model file" in warnings[0][1]


ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\u202eevil"


def test_names_with_terminal_escapes_are_printed_escaped(capsys, tmp_path, tf):
    import keras

    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(),
                              keras.layers.Dense(10, activation="softmax")])
    path = save_model(model, tmp_path / "m.keras", {"name": ESCAPES})
    assert cli_main(["summary", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert out.splitlines()[0].startswith("\\x1b]0;pwned\\x07\\x1b[2J\\x1b[31mred\\u202eevil (")


def test_names_keep_their_letters_when_printed():
    from desktop.cli import printable

    assert printable("Mạng của tôi 🙂 (v2)") == "Mạng của tôi 🙂 (v2)"
    assert printable("two\nlines") == "two\\nlines"


def test_the_console_bar_after_a_stop_shows_the_batches_that_ran():
    import io

    from desktop.core.progress import ConsoleProgress

    out = io.StringIO()
    bar = ConsoleProgress(out, width=10)
    bar.on_train_begin(epochs=5, steps_per_epoch=100)
    for step in range(37):
        bar.on_batch_end(0, step, {"loss": 0.5, "accuracy": 0.9})
    bar.on_epoch_end(0, {"loss": 0.5, "accuracy": 0.9})
    line = out.getvalue().strip()
    assert line.startswith("Epoch 1/5 [===>      ] 37/100 loss 0.5000 acc 0.9000 ") and line.endswith(" (stopped)")
    for step in range(100):
        bar.on_batch_end(1, step, {"loss": 0.4, "accuracy": 0.9})
    bar.on_epoch_end(1, {"loss": 0.4, "accuracy": 0.9})
    assert out.getvalue().strip().splitlines()[-1].startswith("Epoch 2/5 [==========] 100/100 ")
    assert "stopped" not in out.getvalue().strip().splitlines()[-1]
