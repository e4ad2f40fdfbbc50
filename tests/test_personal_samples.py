"""The user's own sample set: keep, delete, relabel, import/export, and files that cannot be used."""

from __future__ import annotations

import json

import numpy as np
import pytest

from desktop.core.pen_samples import SampleFileError, load_samples
from desktop.core.personal_samples import (SampleSet, default_samples_path, fingerprint, load_set, set_aside,
                                           write_samples)


def stroke(offset: float = 0.0) -> list[np.ndarray]:
    return [np.array([[100 + offset, 100], [200 + offset, 400], [300, 420.5]])]


def test_samples_are_kept_once_per_drawing_and_counted():
    kept = SampleSet()
    assert kept.add(7, stroke()) is not None
    assert kept.add(3, stroke()) is None  # the same drawing again, whatever the label
    assert kept.add(-1, stroke(5)) is not None
    assert kept.add(2, []) is None  # no ink
    assert len(kept) == 2 and kept.counts()[7] == 1 and kept.counts()[-1] == 1 and kept.counts()[0] == 0
    with pytest.raises(ValueError):
        kept.add(10, stroke(9))


def test_delete_and_relabel():
    kept = SampleSet()
    for i in range(4):
        kept.add(i, stroke(i * 10))
    assert kept.relabel([1, 2], 9) == 2 and [s.label for s in kept.samples] == [0, 9, 9, 3]
    assert kept.remove([0, 2, 99]) == 2 and [s.label for s in kept.samples] == [9, 3]
    assert kept.add(0, stroke(0)) is not None  # a deleted drawing can be kept again


def test_export_import_round_trip_merges_and_ignores_duplicates(tmp_path):
    mine = SampleSet()
    for i in range(3):
        mine.add(i, stroke(i * 10))
    path = write_samples(tmp_path / "out.json", mine.snapshot())
    entries = json.loads(path.read_text())
    assert [e["label"] for e in entries] == [0, 1, 2] and entries[0]["writer"] == "me"
    back = load_samples(path)  # the format of unipen-dev.json.gz
    assert [fingerprint(s) for s in back] == [fingerprint(s) for s in mine.samples]
    other = SampleSet()
    other.add(1, stroke(10))
    other.add(5, stroke(50))
    assert other.merge(load_set(path).samples) == 2 and len(other) == 4  # stroke(10) was there already


def test_a_bad_file_gives_a_clear_error_and_leaves_it_as_it_was(tmp_path):
    path = tmp_path / "my-samples.json"
    path.write_text('[{"label": 12, "strokes": []}]')
    with pytest.raises(SampleFileError, match="label must be 0-9 or -1"):
        load_set(path)
    assert path.read_text() == '[{"label": 12, "strokes": []}]'
    aside = set_aside(path)
    assert not path.exists() and aside.read_text().startswith("[{")
    assert len(load_set(path)) == 0  # no file yet: an empty set


def test_the_set_lives_in_the_user_data_folder(monkeypatch, own_samples_file):
    assert default_samples_path() == own_samples_file  # $DIGITS_SAMPLES, as every test sets it
    monkeypatch.delenv("DIGITS_SAMPLES")
    assert default_samples_path().name == "my-samples.json"
    assert "digit-recognizer" in default_samples_path().parts
