"""Keeping drawings from the Draw area, the My samples gallery, import/export, and Adapt in the GUI."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.core.personal_samples import load_set

SEVEN = [np.array([[100, 100], [400, 100], [250, 420]], float)]


def draw(qtbot, canvas, strokes):
    from PySide6.QtCore import QPoint

    sq = canvas.square()
    k = sq.width() / 1000
    for stroke in strokes:
        pts = [QPoint(int(sq.x() + x * k), int(sq.y() + y * k)) for x, y in stroke]
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=pts[0])
        for p in pts[1:]:
            qtbot.mouseMove(canvas, p)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=pts[-1])


def test_label_keys_and_buttons_keep_the_drawing_and_clear_the_canvas(qtbot, window, own_samples_file):
    area = window.draw_area
    draw(qtbot, area.canvas, SEVEN)
    assert not area.canvas.is_empty()
    with qtbot.waitSignal(window.samples.saved, timeout=10_000):
        qtbot.keyClick(area, Qt.Key.Key_7)
    assert area.canvas.is_empty()
    assert [s.label for s in window.samples.snapshot()] == [7]
    assert "Kept as 7 (1 in My samples)" in area.keep_hint.text()
    draw(qtbot, area.canvas, [np.array([[100, 500], [900, 520]], float)])
    button = area.findChild(type(area.keep_actions[7].associatedObjects()[-1]), "keep-N")
    with qtbot.waitSignal(window.samples.saved, timeout=10_000):
        button.click()
    on_disk = load_set(own_samples_file)
    assert [s.label for s in on_disk.samples] == [7, -1]
    assert json.loads(own_samples_file.read_text())[0]["writer"] == "me"
    qtbot.keyClick(area, Qt.Key.Key_3)  # nothing drawn: nothing kept, a hint says why
    assert len(window.samples) == 2 and "Draw something first" in area.keep_hint.text()


def test_keep_keys_act_only_in_the_draw_area(qtbot, window):
    window.tabs.setCurrentWidget(window.samples_area)
    assert not window.draw_area.keep_actions[5].isEnabled()
    window.tabs.setCurrentWidget(window.draw_area)
    assert window.draw_area.keep_actions[5].isEnabled()


@pytest.fixture
def kept(window):
    """Three digits of a real writer kept in the window's set."""
    from desktop.core.locations import PEN_DIGITS, shared_data_file
    from desktop.core.pen_samples import load_samples

    pool = load_samples(shared_data_file(PEN_DIGITS))
    chosen = [next(s for s in pool if s.label == d) for d in (1, 2, 3)]
    for sample in chosen:
        window.samples.keep(sample.label, sample.strokes)
    return chosen


def test_thumbnails_kept_while_the_gallery_is_shown_are_laid_out_full_size(qtbot, window):
    """Samples kept (or imported) with My samples open: the gallery lays its items out before their
    thumbnails are made, and each still gets a thumbnail's room (not an empty item's 14 pixels)."""
    from desktop.core.locations import PEN_DIGITS, shared_data_file
    from desktop.core.pen_samples import load_samples
    from desktop.ui.samples.gallery import ICON_PX

    area = window.samples_area
    window.tabs.setCurrentWidget(area)
    qtbot.waitExposed(area)
    for sample in load_samples(shared_data_file(PEN_DIGITS))[:30]:
        window.samples.keep(sample.label, sample.strokes)
    with qtbot.waitSignal(area.readingsDone, timeout=60_000):
        pass
    rects = [area.gallery.visualItemRect(area.gallery.item(i)) for i in range(area.gallery.count())]
    assert len(rects) == 30 and min(r.width() for r in rects) >= ICON_PX and min(r.height() for r in rects) >= ICON_PX


def test_gallery_shows_counts_deletes_and_relabels(qtbot, window, kept):
    area = window.samples_area
    assert area.gallery.count() == 3
    assert "3 samples - 0: 0, 1: 1, 2: 1, 3: 1" in area.counts_label.text()
    area.gallery.item(0).setSelected(True)  # the 1 (sorted by digit)
    area.relabel_selected(7)
    assert [s.label for s in window.samples.snapshot()] == [7, 2, 3]
    area.filter_combo.setCurrentIndex(area.filter_combo.findData(2))
    assert area.gallery.count() == 1
    area.gallery.item(0).setSelected(True)
    assert area.delete_selected() == 1
    assert [s.label for s in window.samples.snapshot()] == [7, 3]
    area.view_combo.setCurrentIndex(1)  # as drawn
    area.filter_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not area._todo, timeout=10_000)
    assert all(not area.gallery.item(i).icon().isNull() for i in range(area.gallery.count()))


def test_suggestion_names_digits_without_samples(qtbot, window, kept):
    area = window.samples_area
    area.refresh()
    with qtbot.waitSignal(area.readingsDone, timeout=10_000):
        pass
    suggested = area.suggested_digits()
    assert {0, 4, 5, 6, 7, 8, 9} <= set(suggested)
    assert "Draw more of:" in area.suggestion_label.text()


def test_export_import_round_trip_and_bad_files(qtbot, window, kept, tmp_path, warnings):
    area = window.samples_area
    out = tmp_path / "mine.json"
    assert area.export_file(out)
    window.samples.remove([0, 1, 2])
    assert len(window.samples) == 0
    assert area.import_file(out)
    assert [s.label for s in window.samples.snapshot()] == [1, 2, 3]
    assert area.import_file(out)  # again: every one a duplicate
    assert len(window.samples) == 3 and "0 samples added (3 you have already" in warnings[-1][1]
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert not area.import_file(bad)
    assert warnings[-1][0] == "Cannot import samples" and "unchanged" in warnings[-1][1]
    assert not area.import_file(tmp_path / "missing.json")
    assert len(window.samples) == 3
    (tmp_path / "a-file").write_text("")
    assert not area.export_file(tmp_path / "a-file" / "x.json")  # its "folder" is a file
    assert warnings[-1][0] == "Cannot export samples"


def test_a_broken_samples_file_is_set_aside_not_overwritten(qtbot, own_samples_file):
    from desktop.ui.samples.store import SampleStore

    own_samples_file.write_text("[{\"label\": 12}]")
    store = SampleStore(own_samples_file)
    assert len(store) == 0 and "kept as my-samples.json.unreadable-" in store.problem
    aside = list(own_samples_file.parent.glob("my-samples.json.unreadable-*"))
    assert aside and aside[0].read_text() == "[{\"label\": 12}]"


def test_stop_during_adapt_keeps_the_old_model_and_saves_nothing(qtbot, window, kept, tmp_path):
    area = window.samples_area
    before = window.active_model.current
    out = tmp_path / "adapted.keras"
    with qtbot.waitSignal(area.adaptEnded, timeout=120_000) as ended:
        assert area.start_adapt(out)
        assert not area.adapt_button.isEnabled() and area.stop_button.isEnabled()
        area.stop_adapt()
    assert ended.args == ["stopped"]
    assert window.active_model.current is before
    assert not out.exists() and not area.use_button.isEnabled()
    assert "Stopped; nothing was saved" in area.figures_label.text()


def test_adapt_pressed_before_the_samples_are_read_says_so(qtbot, window, tmp_path):
    from desktop.core.locations import PEN_DIGITS, shared_data_file
    from desktop.core.pen_samples import load_samples

    area = window.samples_area
    for sample in load_samples(shared_data_file(PEN_DIGITS))[:3]:
        window.samples.keep(sample.label, sample.strokes)  # read by the gallery over the next turns of the loop
    with qtbot.waitSignal(area.adaptEnded, timeout=120_000):
        assert area.start_adapt(tmp_path / "adapted.keras")
        assert "(default): your samples are still being read; MNIST test 99.6" in area.figures_label.text()
        area.stop_adapt()
    assert None not in area.readings()


def test_adapt_saves_a_new_model_with_figures_and_can_use_it(qtbot, window, kept, tmp_path):
    from desktop.core.model_files import card_path

    area = window.samples_area
    source = window.active_model.current
    out = tmp_path / "adapted.keras"
    with qtbot.waitSignal(area.adaptEnded, timeout=300_000) as ended:
        area.start_adapt(out)
        assert "your samples read right 3 of 3 (100.0%); MNIST test" in area.figures_label.text()
    assert ended.args == ["finished"]
    card = json.loads(card_path(out).read_text())
    assert card["adapted_from"] == source.name and card["adaptation"]["samples"] == 3
    assert out.is_file() and area.adapted_path == out
    assert window.active_model.current is source  # not until asked
    assert "After" in area.figures_label.text() and "MNIST test" in area.figures_label.text()
    with qtbot.waitSignal(window.active_model.changed, timeout=60_000):
        area.use_button.click()
    assert window.active_model.current.path == out
    assert window.active_model.current.card["adapted_from"] == source.name
