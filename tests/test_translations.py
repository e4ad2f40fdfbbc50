"""The interface in Vietnamese and English: complete translation files, nothing left in English, nothing clipped."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from ui_texts import area_texts, visible_texts

from desktop.automation import draw_stroke

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "resources" / "i18n"
sys.path.insert(0, str(I18N))
import update_translations  # noqa: E402

PARTS = [*update_translations.PARTS, *update_translations.HAND_WRITTEN]
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")

# Words that are the same in both languages: names, Keras layers, formats, units, model names.
SAME_IN_BOTH = re.compile(
    r"MNIST|UNIPEN|LeNet-5|LeNet|CNN|Conv2D|MaxPooling2D|AveragePooling2D|GlobalAveragePooling2D|"
    r"BatchNormalization|Dense\d*|Flatten|Dropout|ReLU|relu|softmax|sigmoid|tanh|linear|Adam|SGD|Keras|"
    r"TensorFlow|PySide6|pyqtgraph|PNG|CSV|JSON|SVG|OK|Conv\d*|Pool|seed-cnn|reader-\w+|mlp(-deep)?|lenet5|"
    r"default|lr|px|ms|MB|kB|Ctrl|Alt|Shift|Del|Esc|Return|Enter|Space|Backspace|PgUp|PgDown|Tab|"
    r"[A-Z]\b|\b[a-z]\b|x\d+|\d+x\d*|\w+\.keras|\w+\.json(\.gz)?|Tiếng Việt|English|Language|epoch\w*|"
    r"batch|sigma|σ|Δw|loss|accuracy|val_\w+|saliency|SmoothGrad|kernel\w*|stride|padding|valid|same|"
    r"Grad-CAM|logits?|argmax|adam|sgd|rmsprop|elu|selu|gelu|swish|TensorBoard|\$?DIGITS_\w+|\S*/\S+",
)


def entries(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


@pytest.mark.parametrize("part", PARTS)
def test_every_vietnamese_entry_is_finished_and_keeps_placeholders_tags_and_mnemonics(part):
    path = I18N / f"{part}_vi.ts"
    assert path.is_file()
    problems = []
    for context, source, translation in entries(path):
        text = translation.text or "" if translation is not None else ""
        if translation is None or translation.get("type") == "unfinished" or not text.strip():
            problems.append(f"{context}: {source!r} is not translated")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r}: HTML tags differ")
        if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")) and "&amp;" not in source:
            problems.append(f"{context}: {source!r} -> {text!r}: the mnemonic & is lost or added")
        if source.endswith("...") != text.endswith("..."):
            problems.append(f"{context}: {source!r} -> {text!r}: '...' (opens a dialog) lost or added")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("part", list(update_translations.PARTS))
def test_english_files_hold_every_vietnamese_entry(part):
    vi = {(c, s) for c, s, _ in entries(I18N / f"{part}_vi.ts")}
    en = {(c, s): t.text for c, s, t in entries(I18N / f"{part}_en.ts")}
    assert vi == set(en)
    assert all(en[key] == key[1] for key in en)


def test_every_string_the_code_marks_is_in_the_translation_files(tmp_path):
    """lupdate run afresh on the code finds nothing the committed .ts files lack (a new string was translated)."""
    lupdate = update_translations.tool("pyside6-lupdate")
    missing = []
    for part in update_translations.PARTS:
        fresh = tmp_path / f"{part}.ts"
        subprocess.run([lupdate, "-silent", "-locations", "none",
                        *map(str, update_translations.sources(part)), "-ts", str(fresh)], check=True)
        committed = {(c, s) for c, s, _ in entries(I18N / f"{part}_vi.ts")}
        missing += [f"{part}: {c}: {s!r}" for c, s, _ in entries(fresh) if (c, s) not in committed]
    assert not missing, "run resources/i18n/update_translations.py and translate:\n" + "\n".join(missing)


def test_compiled_files_are_those_of_the_sources(tmp_path):
    lrelease = update_translations.tool("pyside6-lrelease")
    for code in ("vi", "en"):
        inputs = [str(p) for part in PARTS if (p := I18N / f"{part}_{code}.ts").exists()]
        out = tmp_path / f"digits_{code}.qm"
        subprocess.run([lrelease, "-silent", *inputs, "-qm", str(out)], check=True)
        assert out.read_bytes() == (I18N / f"digits_{code}.qm").read_bytes(), \
            f"digits_{code}.qm is stale: run resources/i18n/update_translations.py --release-only"


@pytest.fixture
def english_afterwards(qapp):
    from desktop.ui.i18n import install_language

    yield
    install_language("en")


def test_vietnamese_numbers_and_core_messages(qapp, english_afterwards, tmp_path):
    from desktop.core import i18n as core_i18n
    from desktop.core.model_files import ModelFileError, load_model
    from desktop.ui.i18n import install_language, integer, number, percent

    assert install_language("vi") == "vi"
    assert QLocale().decimalPoint() == ","
    assert (percent(0.991, 1), number(0.5, 2), integer(104202)) == ("99,1%", "0,50", "104.202")
    assert (core_i18n.integer(50943360), core_i18n.number(21.45, 1)) == ("50.943.360", "21,4")
    with pytest.raises(ModelFileError, match="không có tệp mô hình tại"):
        load_model(tmp_path / "none.keras")
    assert install_language("en") == "en"
    assert (percent(0.991, 1), integer(104202)) == ("99.1%", "104,202")
    assert (core_i18n.integer(50943360), core_i18n.number(21.45, 1)) == ("50,943,360", "21.4")
    with pytest.raises(ModelFileError, match="^no model file at"):  # the CLI's language
        load_model(tmp_path / "none.keras")


def test_a_missing_or_unknown_language_falls_back_to_english(qapp, english_afterwards, monkeypatch, tmp_path):
    from desktop.ui import i18n

    assert i18n.install_language("fr") == "en"
    monkeypatch.setattr(i18n, "qm_path", lambda code: tmp_path / "gone.qm")
    assert i18n.install_language("vi") == "en"


def test_the_language_is_the_environment_s_then_the_saved_then_the_system_s(qapp, monkeypatch):
    from desktop.ui import i18n

    monkeypatch.delenv("DIGITS_LANGUAGE")
    QSettings().remove(i18n.SETTINGS_KEY)
    monkeypatch.setattr(i18n, "system_language", lambda: "vi")
    assert i18n.chosen_language() == "vi"
    i18n.save_language("en")
    assert i18n.chosen_language() == "en"
    monkeypatch.setenv("DIGITS_LANGUAGE", "vi")
    assert i18n.chosen_language() == "vi"
    QSettings().remove(i18n.SETTINGS_KEY)
    with pytest.raises(ValueError):
        i18n.save_language("xx")


def _texts(qtbot, language: str) -> dict[str, list[tuple[str, str, str]]]:
    from desktop.app import create_main_window

    win = create_main_window(language=language)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.active_model.changed, timeout=60_000):
        win.show()
    win.resize(1024, 700)
    draw_stroke(win.draw_area.canvas, np.linspace([0.5, 0.2], [0.52, 0.8], 12) * win.draw_area.canvas.square().width(),
                win.draw_area.canvas.square().topLeft())  # a 1: the reading, its confidence and the keep hints show

    def settle(area) -> None:
        qtbot.wait(100)
        if area is win.inspect_area:
            qtbot.waitUntil(lambda: not area.preparing and not area.saliency_pending(), timeout=60_000)

    found = area_texts(win, settle)
    win.close()
    return found


def _letters_left(text: str) -> str:
    return re.sub(r"[^A-Za-zÀ-ỹ]+", "", SAME_IN_BOTH.sub(" ", text))


def test_no_visible_text_of_any_area_is_left_in_english_under_vietnamese(qtbot, english_afterwards):
    english = _texts(qtbot, "en")
    vietnamese = _texts(qtbot, "vi")
    english_texts = {text for texts in english.values() for _, _, text in texts}
    assert len(vietnamese) == len(english) == 7  # six areas and the window
    left = []
    for area, texts in vietnamese.items():
        assert len(texts) > 5, area
        for path, kind, text in texts:
            if text in english_texts and _letters_left(text):
                left.append(f"{area}: {kind} {text!r} ({path})")
    assert not left, "untranslated under vi:\n" + "\n".join(sorted(set(left)))


@pytest.mark.parametrize("size", [(1024, 700), (1400, 900)])
def test_vietnamese_texts_are_not_clipped(qtbot, english_afterwards, size):
    from desktop.app import create_main_window

    win = create_main_window(language="vi")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.active_model.changed, timeout=60_000):
        win.show()
    win.resize(*size)
    hint = win.minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1]
    clipped = []
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        qtbot.wait(10)
        for widget in win.tabs.widget(i).findChildren(QAbstractButton) + win.tabs.widget(i).findChildren(QLabel):
            if not widget.isVisibleTo(win) or not widget.text() or (isinstance(widget, QLabel) and widget.wordWrap()):
                continue
            if widget.width() < widget.minimumSizeHint().width() - 1:
                clipped.append(f"{win.tabs.tabText(i)}: {widget.text()!r} {widget.width()} < "
                               f"{widget.minimumSizeHint().width()}")
        for combo in win.tabs.widget(i).findChildren(QComboBox):  # the chosen entry shown whole
            needed = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 24  # + the arrow
            if combo.isVisibleTo(win) and combo.currentText() and combo.width() < needed:
                clipped.append(f"{win.tabs.tabText(i)}: combo {combo.currentText()!r} {combo.width()} < {needed}")
    assert not clipped, "\n".join(clipped)
    win.close()


def test_the_language_menu_remembers_and_offers_a_restart(window, qtbot, english_afterwards):
    from desktop.ui import i18n

    assert set(window.language_actions) == {"en", "vi"}
    assert window.language_actions["vi"].text() == "Tiếng Việt"
    with qtbot.waitSignal(window.restartRequested, timeout=1000):
        assert window.choose_language("vi", ask=False)
    assert QSettings().value(i18n.SETTINGS_KEY) == "vi"
    assert window.language_actions["vi"].isChecked()
    assert not window.choose_language("en", ask=False)  # the language shown: nothing to restart
    assert QSettings().value(i18n.SETTINGS_KEY) == "en"
    QSettings().remove(i18n.SETTINGS_KEY)


def test_no_restart_while_a_network_trains(window, qtbot, monkeypatch, english_afterwards):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import i18n

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(type(window.train_area), "running", property(lambda self: True))
    with qtbot.assertNotEmitted(window.restartRequested):
        assert not window.choose_language("vi")
    assert shown == ["The interface will be in Tiếng Việt from the next start. It cannot restart now: "
                     "a network is training."]
    QSettings().remove(i18n.SETTINGS_KEY)


def test_the_plots_right_click_menus_are_translated(qtbot, english_afterwards):
    """pyqtgraph's own menu on the training curves (View All, Mouse Mode, Plot Options) speaks Vietnamese too."""
    from desktop.app import create_main_window

    win = create_main_window(language="vi")
    qtbot.addWidget(win)
    plot = win.train_area.curves.plots.getItem(0, 0)
    assert plot.vb.menu.viewAll.text() == "Xem toàn bộ"
    assert plot.ctrlMenu.title() == "Tùy chọn đồ thị"
    assert [a.text() for a in plot.vb.menu.actions() if a.menu() is not None][:2] == ["X (trục)", "Y (trục)"]
    win.close()


def test_qt_s_own_dialogs_and_buttons_are_translated(qtbot, english_afterwards):
    """The file dialog (Qt's own, where the desktop has none), standard buttons and text-field menus."""
    from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

    from desktop.ui.i18n import install_language

    def texts() -> set[str]:
        dialog = QFileDialog(None, "", str(REPO), "Keras models (*.keras)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        found = {text for _, _, text in visible_texts(dialog)}
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, "", "", buttons.Yes | buttons.No | buttons.Save | buttons.Cancel)
        found |= {b.text() for b in box.buttons()}
        field = QLineEdit()
        menu = field.createStandardContextMenu()
        found |= {a.text() for a in menu.actions() if a.text()}
        dialog.close()
        return found

    install_language("en")
    english = texts()
    install_language("vi")
    left = {t for t in texts() & english if _letters_left(t) and "keras" not in t and "/" not in t}
    assert not left


def test_walked_texts_include_menus_and_tabs(window):
    texts = {text for _, _, text in visible_texts(window)}
    assert {"&Draw", "&Language", "English", "Tiếng Việt"} <= texts


def test_translation_tools_exist():
    assert shutil.which("pyside6-lupdate") or (Path(sys.executable).parent / "pyside6-lupdate").exists()
