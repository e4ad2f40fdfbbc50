"""The command line as a user runs it: real processes, real files, one-line errors."""

import json
import os
import re
import signal
import subprocess
import sys

import numpy as np
import pytest

pytestmark = pytest.mark.slow  # each test starts the real command in a new process (TensorFlow's import included)


def run_cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=300, **kw)


def assert_one_line_error(proc, text):
    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert text in lines[0]


@pytest.mark.parametrize("command", [[], ["train"], ["evaluate"], ["predict"], ["summary"]])
def test_help_for_each_command(command):
    proc = run_cli(*command, "--help")
    assert proc.returncode == 0
    assert "usage: digit-recognizer" in proc.stdout


def test_train_evaluate_predict_summary_on_a_small_subset(tmp_path, small_mnist, tf):
    out = tmp_path / "tiny.keras"
    proc = run_cli("train", "--arch", "seed-cnn", "--epochs", "1", "--batch-size", "32", "--lr", "1e-3",
                   "--subset", "300", "--seed", "1", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    # The default holds no images out for validation: all 300 train, in 10 batches of 32.
    assert "Epoch 1/1 [==============================] 10/10 loss" in proc.stdout
    assert f"Saved {out}" in proc.stdout
    card = json.loads((tmp_path / "tiny.card.json").read_text())
    assert (card["architecture"], card["epochs"], card["train_images"], card["validation_images"]) == ("seed-cnn", 1, 300, 0)
    assert card["params"] == 104_202 and card["stopped"] == "completed"
    assert 0 <= card["test_accuracy"] <= 1 and card["test_images"] == 10_000

    proc = run_cli("evaluate", str(out))
    assert proc.returncode == 0
    assert f"tiny: test accuracy {card['test_accuracy']:.2%}" in proc.stdout

    proc = run_cli("summary", str(out))
    assert "Total params: 104,202" in proc.stdout


def _png(path, image):
    path.write_bytes(__import__("tensorflow").io.encode_png(image[..., None]).numpy())


def test_predict_reads_mnist_digits_both_polarities_with_the_default_model(tmp_path, mnist):
    digit, label = mnist.x_test[0], int(mnist.y_test[0])
    big = np.kron(digit, np.ones((4, 4), np.uint8))  # 112x112, like a photo of the digit
    _png(tmp_path / "light.png", big)
    _png(tmp_path / "dark.png", 255 - big)
    for name in ("light.png", "dark.png"):
        proc = run_cli("predict", "default", str(tmp_path / name))
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.split()[0] == str(label)


def test_summary_of_an_architecture():
    proc = run_cli("summary", "lenet5")
    assert proc.returncode == 0
    assert "c1 (Conv2D)" in proc.stdout and "(5*5*1 + 1)*6 = 156" in proc.stdout
    assert "Total params: 61,706" in proc.stdout


def test_errors_are_one_line_without_traceback(tmp_path):
    assert_one_line_error(run_cli("evaluate", str(tmp_path / "none.keras")), "no model file at")
    (tmp_path / "fake.keras").write_text("not a model")
    assert_one_line_error(run_cli("predict", str(tmp_path / "fake.keras"), "x.png"), "is not a Keras .keras model file")
    assert_one_line_error(run_cli("train", "--epochs", "0", "--lr", "-1"),
                          "epochs must be a whole number >= 1 (got 0); learning rate must be a number > 0")
    assert_one_line_error(run_cli("train", "--subset", "70000", "--out", str(tmp_path / "m.keras")),
                          "training subset 70000 is larger than the 60000 training images")
    assert_one_line_error(run_cli("summary", "alexnet"), "neither an architecture")
    (tmp_path / "note.txt").write_text("hi")
    assert_one_line_error(run_cli("predict", "default", str(tmp_path / "note.txt")),
                          "note.txt is not a picture this app can read (PNG, JPEG, GIF, BMP, TIFF, WebP, PPM)")


def test_missing_data_message(tmp_path):
    env = {**os.environ, "DIGITS_MNIST": str(tmp_path / "missing.npz")}
    proc = run_cli("evaluate", "default", env=env)
    assert_one_line_error(proc, "Cannot load MNIST (from $DIGITS_MNIST):")


def test_ctrl_c_stops_after_the_batch_and_saves(tmp_path):
    out = tmp_path / "interrupted.keras"
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "train", "--epochs", "200", "--subset", "2000", "--batch-size", "32",
         "--seed", "5", "--out", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    for line in proc.stdout:
        if line.startswith("Epoch 1/200"):
            break
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert "Stopping after the current batch" in stderr
    assert "Traceback" not in stderr
    card = json.loads((tmp_path / "interrupted.card.json").read_text())
    assert card["stopped"] == "cancelled" and 1 <= card["epochs"] < 200
    assert out.is_file()


NAMED = [  # (name in the spec file, --out file name or None for the default, environment)
    ("my net (v2)", "my net (v2).keras", {}),
    ("con/v:*?", None, {}),
    ("手写数字网络", None, {"PYTHONIOENCODING": "ascii"}),  # a terminal that cannot show the name
]


@pytest.mark.parametrize("name, out_name, env", NAMED, ids=["parentheses", "path-hostile", "cjk-ascii-terminal"])
def test_train_a_spec_named_as_people_name_things(tmp_path, name, out_name, env, tf):
    from desktop.core.model_files import load_model
    from desktop.core.names import file_stem, keras_name
    from desktop.core.spec import preset, save_spec

    spec = preset("lenet5")
    spec.name = name
    spec.layers[0].params["filters"] = 4
    path = save_spec(spec, tmp_path / "spec.json")
    args = ["train", "--spec", str(path), "--subset", "300", "--epochs", "1", "--seed", "1"]
    if out_name:
        args += ["--out", str(tmp_path / out_name)]
    proc = run_cli(*args, env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), **env})
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr

    def shown(text):  # as the terminal gets it
        return text.encode("ascii", "backslashreplace").decode() if env else text

    assert f"Training {shown(name)} on " in proc.stdout
    if out_name:
        saved, model_name = tmp_path / out_name, out_name[: -len(".keras")]
    else:  # the user data folder, under the name made safe for a file; the model keeps the name
        [saved] = (tmp_path / "data" / "digit-recognizer" / "models").glob("*.keras")
        assert saved.name.startswith(file_stem(name) + "-")
        model_name = name + saved.stem[len(file_stem(name)):]
    assert f"Saved {shown(str(saved))} (" in proc.stdout
    loaded = load_model(saved)
    assert loaded.name == model_name and loaded.card["hyperparameters"]["spec"]["name"] == name
    assert loaded.model.name == keras_name(name) and loaded.model.count_params() == loaded.card["params"]


def test_default_file_names_of_any_network_name():
    from desktop.cli import _default_out
    from desktop.core.locations import user_data_dir
    from desktop.core.names import file_stem

    for name in ["my net (v2)", "Mạng của tôi – bản 2", "手写数字网络", "🙂 net 🚀", "  ", "con/v:*?", "x" * 300,
                 ".hidden", "CON", "seed-cnn"]:
        path, model_name = _default_out(name)
        assert path.parent == user_data_dir() / "models"
        assert re.fullmatch(re.escape(file_stem(name)) + r"-\d{8}-\d{6}\.keras", path.name)
        assert model_name == name + path.stem[len(file_stem(name)):]


def test_a_failure_inside_keras_is_one_line(tmp_path, capsys, small_mnist, monkeypatch):
    import desktop.core.training
    from desktop.cli import main
    from desktop.core.spec import preset, save_spec

    def refuse(*args, **kwargs):
        raise ValueError("'my-net-(v2)' is not a valid root scope name. A root scope name has to match\nmore")

    monkeypatch.setattr(desktop.core.training, "train", refuse)
    spec = preset("lenet5")
    spec.name = "my net (v2)"
    np.savez(tmp_path / "small.npz", x_train=small_mnist.x_train, y_train=small_mnist.y_train,
             x_test=small_mnist.x_test, y_test=small_mnist.y_test)
    assert main(["train", "--spec", str(save_spec(spec, tmp_path / "s.json")), "--data", str(tmp_path / "small.npz"),
                 "--out", str(tmp_path / "m.keras")]) == 1
    err = capsys.readouterr().err
    assert err == ("digit-recognizer train: error: training my net (v2) failed: ValueError: 'my-net-(v2)' is not a "
                   "valid root scope name. A root scope name has to match\n")
    assert not (tmp_path / "m.keras").exists()


def _pen_file(path, source, every):
    """Every ``every``-th sample of a shared pen file, written as a small JSON file."""
    import gzip

    from desktop.core.locations import shared_data_file

    with gzip.open(shared_data_file(source), "rt", encoding="utf-8") as f:
        path.write_text(json.dumps(json.load(f)[::every]))
    return path


def test_the_recipe_runs_end_to_end_on_a_small_subset(tmp_path, tf):
    digits = _pen_file(tmp_path / "digits.json", "unipen-dev.json.gz", 40)
    nondigits = _pen_file(tmp_path / "nondigits.json", "unipen-dev-nondigits.json.gz", 200)
    out = tmp_path / "recipe.keras"
    proc = run_cli("train", "--recipe", "default", "--subset", "300", "--epochs", "1", "--seed", "3",
                   "--pen-digits", str(digits), "--pen-nondigits", str(nondigits), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "Epoch 1/1" in proc.stdout and f"Saved {out}" in proc.stdout
    # Each network was kept beside the output while the run lasted; the completed run removed them.
    assert f"Each network is kept in {tmp_path / 'recipe.networks'} as it finishes" in proc.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["digits.json", "nondigits.json", "recipe.card.json",
                                                          "recipe.keras", "recipe.path.keras"]
    assert "Saved" in proc.stdout and "its model card and its path network." in proc.stdout
    card = json.loads((tmp_path / "recipe.card.json").read_text())
    assert card["recipe"] == "default" and card["architecture"] == "reader-trio" and card["params"] == 725_113
    assert card["recipe_options"]["seed"] == 3 and card["epochs"] == 1
    assert [(n["seed"], n["ema_momentum"], n["epochs"]) for n in card["networks"]] == [(3, 0.0, 1), (8, 0.999, 1),
                                                                                          (9, 0.999, 1)]
    assert "3 reader-cnns (seeds 3, 8, 9), each 1 epochs" in proc.stdout
    assert "network 3 of 3: seed 9, weights averaged (0.999)" in proc.stdout
    counts = card["training_set"]
    assert counts["MNIST"] == 300 and counts["synthetic marks"] == 200 and counts["writing styles"] == 7 * 20
    writers = card["writers"]
    assert sum(part["digits"] for part in writers.values()) == len(json.loads(digits.read_text()))
    from desktop.core.pen_samples import writer_part

    symbols = sum(not entry["symbol"].isalpha() for entry in json.loads(nondigits.read_text())
                  if writer_part(entry["writer"]) == "train")
    assert counts["pen symbols"] == symbols and counts["pen letters"] + symbols == writers["train"]["nondigits"]
    assert 0.05 <= card["calibration"]["temperature"] <= 20 and 0 <= card["calibration"]["reject_below"] < 1
    held = card["figures"]["held_out_writers"]
    assert held["digits"] == writers["report"]["digits"] and 0 <= held["nondigits_rejected"] <= 1
    assert held["letters"] + held["symbols"] == held["nondigits"] == writers["report"]["nondigits"]
    assert 0 <= held["symbols_rejected"] <= 1 and 0 <= held["letters_rejected"] <= 1
    assert set(card["figures"]["styles_held_out"]) >= {"slashed zero", "crossed seven"}
    assert 0 <= card["test_accuracy"] <= 1 and card["test_images"] == 10_000
    # The path network: trained on the same writers' pen samples, calibrated and measured with the image networks.
    path = card["path_network"]
    assert path["weight"] == 0.5 and path["epochs"] == 1 and path["params"] == 130_507
    assert path["training_set"]["pen digits"] == 2 * writers["train"]["digits"]
    assert path["training_set"]["pen symbols"] == symbols and path["training_set"]["synthetic marks"] == 200
    assert path["figures"]["held_out_writers"]["digits"] == writers["report"]["digits"]
    assert 0 <= path["calibration"]["reject_below"] < 1
    assert "With the path network, held-out writers:" in proc.stdout

    from desktop.core.model_files import load_model

    loaded = load_model(out)
    assert loaded.path_reader is not None and loaded.path_reader.weight == 0.5
    assert loaded.path_reader.calibration.reject_below == path["calibration"]["reject_below"]


def test_evaluate_on_strokes_prints_per_digit_and_one_json_object(tmp_path):
    samples = [
        {"label": 1, "strokes": [[[5, 0], [5, 40]]], "writer": "a", "extra": "ignored"},
        {"label": 0, "strokes": [[[10 * np.cos(t), 15 * np.sin(t)] for t in np.linspace(0, 6.4, 30)]]},
        {"label": 7, "strokes": [[[0, 0], [20, 0], [8, 30]]]},
        {"label": -1, "strokes": [[[0, 0], [40, 2]]]},
    ]
    path = tmp_path / "few.json"
    path.write_text(json.dumps(samples))
    proc = run_cli("evaluate", "default", "--strokes", str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)  # stdout is exactly one JSON object
    assert report["n"] == 4 and 0 <= report["accuracy"] <= 1 and 0 <= report["rejected"] <= 1
    assert set(report["per_label"]) == {"-1", "0", "1", "7"}
    assert report["right"] == sum(row["right"] for row in report["per_label"].values())
    assert report["reading"] == "image and pen path"  # the default model has a path network
    proc = run_cli("evaluate", "default", "--strokes", str(path), "--json", "--image-only")
    assert json.loads(proc.stdout)["reading"] == "image"
    assert_one_line_error(run_cli("evaluate", "default", "--image-only"), "--image-only goes with --strokes")

    proc = run_cli("evaluate", "default", "--strokes", str(path))
    assert proc.returncode == 0
    assert "digit 7" in proc.stdout and "not a digit" in proc.stdout and "accuracy" in proc.stdout.splitlines()[-1]

    (tmp_path / "bad.json").write_text('[{"label": 3, "strokes": "x"}]')
    assert_one_line_error(run_cli("evaluate", "default", "--strokes", str(tmp_path / "bad.json")),
                          "bad.json: sample 0: strokes must be a list of strokes")
    assert_one_line_error(run_cli("evaluate", "default", "--strokes", str(tmp_path / "none.json")), "no such file")
    assert_one_line_error(run_cli("train", "--recipe", "default", "--pen-digits", str(tmp_path / "none.json")),
                          "no such file")
    assert_one_line_error(run_cli("train", "--work-dir", str(tmp_path)), "--work-dir goes with --recipe")
    assert_one_line_error(run_cli("train", "--recipe", "default", "--work-dir", str(tmp_path / "few.json")),
                          "is a file, not a folder")
