"""Grab every area of the real app in English and in Vietnamese, at 1024x700 and 1400x900 (offscreen).

Usage: QT_QPA_PLATFORM=offscreen python resources/make_language_screenshots.py
Writes resources/screenshots/languages/<lang>-<width>x<height>-<area>.png; each language runs in a
process of its own (the language is chosen once per start, as in the app).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "screenshots" / "languages"
SIZES = [(1024, 700), (1400, 900)]
LANGUAGES = ["en", "vi"]


def grab_all(language: str) -> None:
    os.environ["DIGITS_LANGUAGE"] = language
    os.environ["DIGITS_SAMPLES"] = str(Path(tempfile.mkdtemp(prefix="screenshots-")) / "my-samples.json")
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parent))
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.automation import open_main_window
    from make_screenshots import draw_sample

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    _app, window = open_main_window(size=SIZES[0])
    draw_sample(window)
    OUT.mkdir(parents=True, exist_ok=True)
    names = ["draw", "build", "train", "inspect", "compare", "my-samples"]
    for width, height in SIZES:
        window.resize(width, height)
        for index, name in enumerate(names):
            window.tabs.setCurrentIndex(index)
            wait(1500 if name in ("inspect", "compare") else 300)
            path = OUT / f"{language}-{width}x{height}-{name}.png"
            window.grab().save(str(path))
            print(path)
    window.close()


def main() -> None:
    if len(sys.argv) > 1:
        grab_all(sys.argv[1])
        return
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    shared = HERE.parent.parent / "shared" / "data" / "mnist.npz"
    if shared.is_file():
        env.setdefault("DIGITS_MNIST", str(shared))
    for language in LANGUAGES:
        subprocess.run([sys.executable, __file__, language], check=True, env=env)


if __name__ == "__main__":
    main()
