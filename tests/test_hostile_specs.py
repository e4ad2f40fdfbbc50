"""Hostile network specs and command-line arguments: refused at once, with the reason, never a traceback.

Issue 13, cases 5 (specs and argument limits) and 7 (a network's name never leaves the models folder).
README's "Bad input and faults" table lists them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from desktop.core import memory
from desktop.core.spec import MAX_LAYERS, LayerSpec, NetworkSpec, SpecError, analyse, load_spec, preset
from cli_calls import assert_one_line, cli

GB = 1e9


@pytest.fixture
def four_gb(monkeypatch):
    """A computer with 4 GB of memory, so the limit (half of it) is the same everywhere."""
    monkeypatch.setattr(memory, "physical_memory", lambda: 4_000_000_000)


def _seed_with(**changes) -> dict:
    """The course CNN as a spec dict, its first layer changed."""
    data = preset("seed-cnn").to_dict()
    data["layers"][0].update(changes)
    return data


def _wide() -> dict:
    """A network every setting of which the editor's boxes allow, but far too big to train."""
    return NetworkSpec("wide", [LayerSpec("Conv2D", {"filters": 1024, "padding": "same"}), LayerSpec("Flatten"),
                                LayerSpec("Dense", {"units": 4096}),
                                LayerSpec("Dense", {"units": 10, "activation": "softmax"})]).to_dict()


def _wide_gb(batch: int) -> str:
    """What ``_wide()`` needs to train, worked out by hand: weights, gradients and Adam's two
    moments (4 x 4 bytes a parameter) and every layer's output kept for the backward pass and
    its gradient (2 x 4 bytes a value an image)."""
    params = (3 * 3 * 1 + 1) * 1024 + (28 * 28 * 1024 + 1) * 4096 + (4096 + 1) * 10
    values = 28 * 28 * 1024 * 2 + 4096 + 10
    return f"{(params * 16 + values * batch * 8) / GB:,.1f} GB"


# (file name, contents, message): files that are not a network spec at all.
NOT_SPECS = [
    ("nested.json", "[" * 100_000 + "]" * 100_000,
     "nested.json is not a network spec: its JSON is nested too deeply"),
    ("digits.json", '{"layers": [{"kind": "Dense", "units": 1' + "0" * 4400 + "}]}",
     "digits.json is not a network spec: it holds a number with more than 4,300 digits"),
    ("latin1.json", b'{"name": "r\xe9seau", "layers": []}',
     "latin1.json is not a network spec: it is not UTF-8 text"),
    ("text.json", "not json", "text.json is not valid JSON (line 1: Expecting value)"),
    ("deep.json", json.dumps({"layers": [{"kind": "Dropout"}] * 10_000}),
     f"deep.json: the network has 10,000 layers; at most {MAX_LAYERS} are allowed"),
    ("list-value.json", json.dumps(_seed_with(filters=[[[[32]]]])),
     "list-value.json: layer 1 (Conv2D): filters must be a number or text, not a list"),
    ("name-list.json", json.dumps({**preset("lenet5").to_dict(), "name": [["x"]]}),
     "name-list.json: the network's name must be text, not a list"),
    ("name-long.json", json.dumps({**preset("lenet5").to_dict(), "name": "n" * 5000}),
     "name-long.json: the network's name is 5,000 characters long; at most 1,000 are allowed"),
]


def _not_a_spec(folder: Path, name: str, contents) -> Path:
    path = folder / name
    (path.write_bytes if isinstance(contents, bytes) else path.write_text)(contents)
    return path


def _odd_file(kind: str, folder: Path) -> tuple[Path, str]:
    """A spec path that is no regular file, or too large to be one; the message it gets."""
    if kind == "folder":
        (folder / "specs").mkdir()
        return folder / "specs", "specs is a folder, not a spec file"
    if kind == "device":
        return Path("/dev/zero"), "zero is a device, not a spec file"
    if kind == "fifo":
        os.mkfifo(folder / "pipe.json")
        return folder / "pipe.json", "pipe.json is a named pipe, not a spec file"
    path = folder / "huge.json"
    path.write_text(json.dumps({**preset("lenet5").to_dict(), "notes": "x" * 2_000_000}))
    return path, "huge.json is too large for a network spec: 2.0 MB (at most 1 MB)"


ODD_FILES = ["folder", "device", "fifo", "huge"]


# -- core ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, contents, message", NOT_SPECS, ids=[n for n, _, _ in NOT_SPECS])
def test_files_that_are_no_network_spec_say_why(tmp_path, name, contents, message):
    with pytest.raises(SpecError) as raised:
        load_spec(_not_a_spec(tmp_path, name, contents))
    assert str(raised.value) == message


@pytest.mark.parametrize("kind", ODD_FILES)
def test_odd_spec_files_are_refused_without_reading_them(tmp_path, kind):
    path, message = _odd_file(kind, tmp_path)
    outcome = []
    reader = threading.Thread(target=lambda: outcome.append(_outcome(path)), daemon=True)
    reader.start()
    reader.join(20)  # reading a pipe used to wait for a writer forever
    if reader.is_alive() and kind == "fifo":
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))  # let the stuck reader go
    assert outcome == [message]


def _outcome(path: Path) -> str:
    try:
        load_spec(path)
    except SpecError as exc:
        return str(exc)
    return "opened"


@pytest.mark.parametrize("changes, message", [
    ({"filters": 2**63}, "filters must be at most 1,024 (got 9223372036854775808)"),
    ({"filters": 10**9}, "filters must be at most 1,024 (got 1000000000)"),
    ({"kernel": 29, "padding": "same"}, "kernel must be at most 28 (got 29)"),
    ({"kernel": 10**9}, "Conv2D 1000000000x1000000000 on a 28x28 input leaves nothing"),
    ({"stride": 29}, "stride must be at most 28 (got 29)"),
    ({"stride": 1e30}, "stride must be a whole number >= 1 (got 1e+30)"),
    ({"stride": True}, "stride must be a whole number >= 1 (got True)"),
    ({"filters": int("9" * 4000)}, "filters must be at most 1,024 (got 99999999999999"),
])
def test_settings_beyond_the_editors_limits_are_errors(changes, message):
    analysis = analyse(NetworkSpec.from_dict(_seed_with(**changes)))
    assert analysis.errors[0][1].startswith(f"layer 1 (Conv2D): {message}"), analysis.errors
    assert len(analysis.errors[0][1]) < 200  # a huge number is shortened


def test_units_and_rates_beyond_limits_are_errors():
    data = preset("lenet5").to_dict()
    data["layers"][5]["units"] = 10**9
    data["layers"].insert(5, {"kind": "Dropout", "rate": False})
    errors = [message for _, message in analyse(NetworkSpec.from_dict(data)).errors]
    assert errors == ["layer 6 (Dropout): rate must be >= 0 and < 1 (got False)"]
    del data["layers"][5]
    errors = [message for _, message in analyse(NetworkSpec.from_dict(data)).errors]
    assert errors == ["layer 6 (Dense): units must be at most 4,096 (got 1000000000)"]


def test_a_network_too_big_to_train_is_refused_with_the_numbers(four_gb):
    assert [message for _, message in analyse(NetworkSpec.from_dict(_wide()), batch_size=64).errors] == [
        f"this network needs about {_wide_gb(64)} to train with batches of 64; "
        "the limit is 2.0 GB, half of this computer's memory (4.0 GB)"]
    assert analyse(NetworkSpec.from_dict(_wide())).ok  # without a batch size: only its structure
    assert analyse(preset("seed-cnn"), batch_size=64).ok


def test_too_many_layers_built_in_the_editor():
    spec = NetworkSpec("tall", [LayerSpec("Dropout")] * MAX_LAYERS + [LayerSpec("Flatten"),
                                                                      LayerSpec("Dense", {"units": 10,
                                                                                          "activation": "softmax"})])
    assert analyse(spec).errors == [(None, f"the network has {MAX_LAYERS + 2} layers; at most {MAX_LAYERS} "
                                           "are allowed")]


def test_memory_limit_without_knowing_the_computers_memory(monkeypatch):
    monkeypatch.setattr(memory, "physical_memory", lambda: None)
    [(_, message)] = analyse(NetworkSpec.from_dict(_wide()), batch_size=64).errors
    assert message.endswith("; the limit is 2.0 GB")


# -- the Build area ------------------------------------------------------------------------------


@pytest.fixture
def area(qtbot, four_gb):
    from desktop.ui.build.area import BuildArea

    widget = BuildArea()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("name, contents, message", NOT_SPECS, ids=[n for n, _, _ in NOT_SPECS])
def test_the_build_area_says_why_a_file_cannot_be_opened(area, tmp_path, warnings, name, contents, message):
    assert not area.open_file(_not_a_spec(tmp_path, name, contents))
    assert warnings == [("Could not open the spec", message)]
    assert area.spec.name == "seed-cnn" and area.train_button.isEnabled()  # the network on screen is kept


@pytest.mark.parametrize("kind", ["folder", "device", "huge"])
def test_the_build_area_refuses_odd_files(area, tmp_path, warnings, kind):
    path, message = _odd_file(kind, tmp_path)
    assert not area.open_file(path)
    assert warnings == [("Could not open the spec", message)]


@pytest.mark.parametrize("changes, message", [
    ({"filters": 2**63}, "filters must be at most 1,024 (got 9223372036854775808)"),
    ({"filters": 10**9}, "filters must be at most 1,024 (got 1000000000)"),
    ({"stride": 1e30}, "stride must be a whole number >= 1 (got 1e+30)"),
    ({"kernel": "five"}, "kernel must be a whole number >= 1 (got 'five')"),
])
def test_the_build_area_shows_impossible_settings_and_does_not_train(area, tmp_path, warnings, changes, message):
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(_seed_with(**changes)))
    assert area.open_file(path)
    assert warnings == []
    assert area.errors_label.text() == f"• layer 1 (Conv2D): {message}"
    assert not area.train_button.isEnabled() and "Total params" not in area.totals_label.text()
    assert area._editors["filters"].value() in (32, 1024)  # shown within the box's range


def test_the_build_area_shows_a_dropout_rate_that_is_text(area, tmp_path, warnings):
    data = preset("lenet5").to_dict()
    data["layers"].insert(5, {"kind": "Dropout", "rate": "half"})
    (tmp_path / "rate.json").write_text(json.dumps(data))
    assert area.open_file(tmp_path / "rate.json") and warnings == []
    assert area.table.item(5, 1).text() == "Dropout half"
    assert area.errors_label.text() == "• layer 6 (Dropout): rate must be >= 0 and < 1 (got 'half')"
    area.table.selectRow(5)
    assert area._editors["rate"].value() == 0.0


def test_the_build_area_refuses_to_train_a_network_too_big(area, tmp_path, warnings):
    (tmp_path / "wide.json").write_text(json.dumps(_wide()))
    assert area.open_file(tmp_path / "wide.json") and warnings == []
    assert area.errors_label.text() == (f"• this network needs about {_wide_gb(64)} to train with batches of 64; "
                                        "the limit is 2.0 GB, half of this computer's memory (4.0 GB)")
    assert not area.train_button.isEnabled() and "Total params" not in area.totals_label.text()
    area._request_training()  # nothing happens
    area.table.selectRow(2)
    area._editors["units"].setValue(64)  # small enough now
    assert area.errors_label.text() == "" and area.train_button.isEnabled()
    assert "training needs about" in area.totals_label.text()


# -- the command line ----------------------------------------------------------------------------


@pytest.mark.parametrize("name, contents, message", NOT_SPECS, ids=[n for n, _, _ in NOT_SPECS])
def test_the_cli_says_why_a_spec_file_cannot_be_read(capsys, tmp_path, name, contents, message):
    code, out, err = cli(capsys, "train", "--spec", _not_a_spec(tmp_path, name, contents),
                         "--out", tmp_path / "never.keras")
    assert_one_line(code, err, f"digit-recognizer train: error: {message}")
    assert out == "" and not (tmp_path / "never.keras").exists()


@pytest.mark.parametrize("kind", ODD_FILES)
def test_the_cli_refuses_odd_spec_files_without_hanging(tmp_path, kind):
    path, message = _odd_file(kind, tmp_path)
    proc = subprocess.run([sys.executable, "-m", "desktop", "train", "--spec", str(path), "--out",
                           str(tmp_path / "never.keras")], capture_output=True, text=True, timeout=120)
    assert_one_line(proc.returncode, proc.stderr, f"digit-recognizer train: error: {message}")


@pytest.mark.parametrize("changes, message", [
    ({"filters": 2**63}, "invalid settings: network: layer 1 (Conv2D): filters must be at most 1,024 "
                         "(got 9223372036854775808)"),
    ({"stride": 1e30}, "invalid settings: network: layer 1 (Conv2D): stride must be a whole number >= 1 (got 1e+30)"),
])
def test_the_cli_refuses_impossible_settings_in_a_spec(capsys, tmp_path, changes, message):
    (tmp_path / "odd.json").write_text(json.dumps(_seed_with(**changes)))
    code, out, err = cli(capsys, "train", "--spec", tmp_path / "odd.json", "--out", tmp_path / "never.keras")
    assert_one_line(code, err, message)
    assert out == ""


@pytest.mark.parametrize("batch", [64, 4096])
def test_the_cli_refuses_a_network_too_big_for_its_batch_size(capsys, tmp_path, four_gb, batch):
    (tmp_path / "wide.json").write_text(json.dumps(_wide()))
    code, out, err = cli(capsys, "train", "--spec", tmp_path / "wide.json", "--batch-size", batch,
                         "--out", tmp_path / "never.keras")
    assert_one_line(code, err, f"invalid settings: network: this network needs about {_wide_gb(batch)} to train "
                               f"with batches of {batch:,}; the limit is 2.0 GB, half of this computer's memory")
    assert out == ""


def test_the_cli_checks_memory_at_the_batch_size_given(capsys, tmp_path, monkeypatch):
    """A network that fits with batches of 64 but not of 8,192 is refused only with the larger batch."""
    spec = NetworkSpec("wide", [LayerSpec("Conv2D", {"filters": 1024, "padding": "same"}),
                                LayerSpec("GlobalAveragePooling2D"),
                                LayerSpec("Dense", {"units": 10, "activation": "softmax"})])
    values = 28 * 28 * 1024 + 1024 + 10
    params = 10 * 1024 + 1025 * 10
    need = params * 16 + values * 2000 * 8  # the limit lies between batches of 64 and 8,192
    monkeypatch.setattr(memory, "physical_memory", lambda: 2 * need)
    (tmp_path / "wide.json").write_text(spec.to_json())
    code, out, err = cli(capsys, "train", "--spec", tmp_path / "wide.json", "--batch-size", 8192,
                         "--out", tmp_path / "never.keras")
    assert_one_line(code, err, "to train with batches of 8,192; the limit is")
    assert analyse(spec, batch_size=64).ok


@pytest.mark.parametrize("args, message", [
    (["--seed", "-1"], "seed must be a whole number from 0 to 4,294,967,295 (got -1)"),
    (["--seed", str(2**32)], "seed must be a whole number from 0 to 4,294,967,295 (got 4294967296)"),
    (["--seed", "9" * 30], "seed must be a whole number from 0 to 4,294,967,295 (got 9999999999"),
    (["--epochs", "100000"], "epochs must be at most 1,000 (got 100000)"),
    (["--epochs", str(2**63)], "epochs must be at most 1,000 (got 9223372036854775808)"),
    (["--batch-size", str(2**63)], "batch size must be at most 8,192 (got 9223372036854775808)"),
    (["--patience", str(2**63)], "early-stopping patience must be at most 1,000 (got 9223372036854775808)"),
    (["--subset", str(2**63)], "training subset 9223372036854775808 is larger than the 300 training images"),
    (["--lr", "nan"], "learning rate must be a number > 0 (got nan)"),
    (["--lr", "inf"], "learning rate must be a number > 0 (got inf)"),
    (["--val-split", "nan"], "validation split must be >= 0 and < 1 (got nan)"),
])
def test_the_cli_refuses_absurd_numbers_before_training(capsys, tmp_path, small_npz, args, message):
    code, out, err = cli(capsys, "train", *args, "--data", small_npz, "--out", tmp_path / "never.keras")
    assert_one_line(code, err, f"digit-recognizer train: error: invalid settings: {message}")
    assert "Training" not in out and not (tmp_path / "never.keras").exists()


@pytest.mark.parametrize("args, message", [
    (["--seed", "-1"], "seed must be a whole number from 0 to 4,294,967,295 (got -1)"),
    (["--epochs", "100000"], "epochs must be at most 1,000 (got 100000)"),
])
def test_the_recipe_refuses_absurd_numbers(capsys, tmp_path, args, message):
    code, out, err = cli(capsys, "train", "--recipe", "default", *args, "--out", tmp_path / "never.keras")
    assert_one_line(code, err, f"digit-recognizer train: error: invalid settings: {message}")


@pytest.mark.parametrize("recipe", [[], ["--recipe", "default"]], ids=["train", "recipe"])
def test_an_out_file_name_too_long_is_refused_before_training(capsys, tmp_path, small_npz, recipe):
    out = tmp_path / ("m" * 300 + ".keras")
    code, stdout, err = cli(capsys, "train", *recipe, "--data", small_npz, "--out", out)
    assert_one_line(code, err, f"cannot save to {out}: file name too long")  # checked by check_can_save
    assert "Training" not in stdout and "Recipe" not in stdout
    assert list(tmp_path.iterdir()) == [small_npz]


@pytest.fixture
def small_npz(tmp_path, small_mnist) -> Path:
    path = tmp_path / "small.npz"
    np.savez(path, x_train=small_mnist.x_train, y_train=small_mnist.y_train,
             x_test=small_mnist.x_test[:50], y_test=small_mnist.y_test[:50])
    return path


# -- 7. a network's name never leads out of the models folder ------------------------------------


@pytest.mark.parametrize("name", ["../../../../tmp/x/pwned", "/abs/pwned", "..", "a/../../b", "..\\..\\win",
                                  "C:\\pwned", "./.", "\u2025/x"])
def test_file_names_from_network_names_stay_in_their_folder(tmp_path, name):
    from desktop.core.names import file_stem, stamped

    folder = tmp_path / "models"
    for file_name in (file_stem(name) + ".json", stamped(name, "20240131-235959")[0]):
        target = (folder / file_name).resolve()
        assert target.parent == folder.resolve() and target.name == file_name
        assert "/" not in file_name and "\\" not in file_name and not file_name.startswith(".")


def test_a_spec_named_as_a_path_trains_into_the_models_folder(capsys, tmp_path, small_npz, tf):
    from desktop.core.locations import user_data_dir

    models = user_data_dir() / "models"
    escape = tmp_path / "outside" / "pwned"
    name = os.path.relpath(escape, models)  # ../../../../<tmp>/outside/pwned, as the issue's
    assert name.startswith("../..")
    spec = preset("lenet5")
    spec.name = name
    spec.layers[0].params["filters"] = 2
    (tmp_path / "spec.json").write_text(spec.to_json())
    before = set(models.glob("*")) if models.is_dir() else set()
    code, out, err = cli(capsys, "train", "--spec", tmp_path / "spec.json", "--data", small_npz,
                         "--subset", 100, "--epochs", 1, "--seed", 1)
    assert code == 0, err
    assert not (tmp_path / "outside").exists()
    new = set(models.glob("*")) - before
    assert {p.suffix for p in new} == {".keras", ".json"} and len(new) == 2
    assert all(p.parent == models and p.name.startswith("_.._.._.._") for p in new)
    card = json.loads(next(p for p in new if p.suffix == ".json").read_text())
    assert card["name"].startswith(name + "-")  # the model keeps the name as written
