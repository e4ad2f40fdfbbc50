"""An installed wheel (not the checkout) finds its resources and the default model."""

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_wheel_contains_and_finds_resources_and_default_model(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(REPO)],
        check=True, capture_output=True, timeout=300,
    )
    (wheel,) = tmp_path.glob("digit_recognizer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"desktop/models/default.keras", "desktop/models/default.card.json", "desktop/models/default.path.keras",
            "desktop/models/seed-cnn.keras",
            "desktop/models/seed-cnn.card.json", "desktop/resources/icon.svg",
            "desktop/core/training.py", "desktop/ui/main_window.py"} <= names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "digit-recognizer = desktop.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()

    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    code = (
        "import desktop.core.locations as l\n"
        "from desktop.core.path_reading import path_file\n"
        "print(l.default_model_path().is_file(), (l.resources_dir() / 'icon.svg').is_file(),\n"
        "      path_file(l.default_model_path()).is_file())\n"
        "print(l.default_model_path())\n"
    )
    out = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r})\n" + code],
                         cwd=tmp_path, capture_output=True, text=True, check=True)
    found, path = out.stdout.strip().splitlines()
    assert found == "True True True"  # the default model's path network beside it
    assert path.startswith(str(site))
