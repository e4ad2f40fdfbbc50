"""The command line as a user runs it: real processes, real files, one-line errors."""

import json
import os
import signal
import subprocess
import sys

import numpy as np
import pytest



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
    assert "Epoch 1/1 [==============================] 9/9 loss" in proc.stdout
    assert f"Saved {out}" in proc.stdout
    card = json.loads((tmp_path / "tiny.card.json").read_text())
    assert (card["architecture"], card["epochs"], card["train_images"], card["validation_images"]) == ("seed-cnn", 1, 270, 30)
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
