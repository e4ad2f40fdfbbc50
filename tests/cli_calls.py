"""Calling the CLI in-process from tests, and what its one-line errors look like."""

from __future__ import annotations

from desktop.cli import main as cli_main


def cli(capsys, *args) -> tuple[int, str, str]:
    """Run ``digit-recognizer ARGS`` in this process: exit code, stdout, stderr."""
    code = cli_main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line(code: int, err: str, text: str) -> None:
    """The CLI failed with exit 1 and one line on stderr that holds ``text``, no traceback."""
    assert code == 1
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert text in lines[0], lines[0]
