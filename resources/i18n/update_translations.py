"""Regenerate the translation files: .ts sources with pyside6-lupdate, .qm with pyside6-lrelease.

    python resources/i18n/update_translations.py          # update every .ts, then compile the .qm files
    python resources/i18n/update_translations.py --check  # also fail if a Vietnamese entry is unfinished

Each part of the app has its own pair of sources (``<part>_vi.ts``,
``<part>_en.ts``) so that parts can be translated apart; ``qt_vi.ts`` holds
Qt's own texts (standard buttons) and is written by hand. The English files
carry the source text as their translation. All of a language's sources are
compiled into one ``digits_<code>.qm``, which the app loads
(``desktop/ui/i18n.py``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DESKTOP = REPO / "desktop"

#: part -> the source files lupdate reads for it
PARTS: dict[str, list[str]] = {
    "app": ["app.py", "ui/*.py"],
    "draw": ["ui/draw/*.py", "core/images.py", "core/number.py", "core/reading.py", "core/strokes.py"],
    "build": ["ui/build/*.py", "core/spec.py", "core/architectures.py", "core/layer_math.py"],
    "train": ["ui/train/*.py", "core/training.py", "core/data.py", "core/run_series.py", "core/snapshots.py",
              "core/recipe.py", "core/evaluation.py", "core/progress.py"],
    "inspect": ["ui/inspect/*.py", "core/summary.py", "core/explain.py", "core/activations.py"],
    "compare": ["ui/compare/*.py", "core/perturb.py", "core/sweep.py"],
    "samples": ["ui/samples/*.py", "core/adapt.py", "core/personal_samples.py", "core/extra_samples.py",
                "core/pen_samples.py", "core/writing_styles.py"],
}
#: core modules no part above names (model files, locations, names...) form the "core" part
_NAMED = {name for patterns in PARTS.values() for name in patterns if not name.endswith("*.py")}
PARTS["core"] = sorted(f"core/{p.name}" for p in (DESKTOP / "core").glob("*.py") if f"core/{p.name}" not in _NAMED)
HAND_WRITTEN = ["qt", "pyqtgraph"]  # Qt's and pyqtgraph's own texts (menus, dialogs), by hand
LANGUAGES = ["vi", "en"]


def tool(name: str) -> str:
    """Path of a PySide6 tool (pyside6-lupdate / pyside6-lrelease), beside this Python first."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install 'pyside6>=6.8,<6.12')")
    return found


def sources(part: str) -> list[Path]:
    return sorted(p for pattern in PARTS[part] for p in DESKTOP.glob(pattern))


def ts_path(part: str, code: str) -> Path:
    return HERE / f"{part}_{code}.ts"


def fill_english(path: Path) -> None:
    """English needs no translating: every entry's translation is its source, finished."""
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        translation.text = message.findtext("source")
    write_ts(tree, path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry of ``path`` without a finished translation."""
    missing = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished",) or not (translation.text or "").strip():
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append((name, message.findtext("source")))
    return missing


def update(parts: list[str]) -> None:
    lupdate = tool("pyside6-lupdate")
    for part in parts:
        files = [str(p) for p in sources(part)]
        for code in LANGUAGES:
            subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
                            "-target-language", code, *files, "-ts", str(ts_path(part, code))], check=True)
            if code == "en":
                fill_english(ts_path(part, code))


def release() -> None:
    lrelease = tool("pyside6-lrelease")
    for code in LANGUAGES:
        inputs = [ts_path(part, code) for part in [*PARTS, *HAND_WRITTEN]]
        subprocess.run([lrelease, "-silent", *[str(p) for p in inputs if p.exists()],
                        "-qm", str(HERE / f"digits_{code}.qm")], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a Vietnamese entry is unfinished")
    parser.add_argument("--release-only", action="store_true", help="compile the .qm files without lupdate")
    parser.add_argument("--part", choices=sorted(PARTS), action="append",
                        help="update only this part's .ts files (repeatable); all parts are compiled")
    args = parser.parse_args(argv)
    if not args.release_only:
        update(args.part or list(PARTS))
    release()
    if args.check:
        missing = [(p.name, c, s) for p in sorted(HERE.glob("*_vi.ts")) for c, s in unfinished(p)]
        for name, context, source in missing:
            print(f"{name}: {context}: {source!r} is not translated", file=sys.stderr)
        if missing:
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
