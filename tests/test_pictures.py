"""Picture files: one reader (core.images, Pillow) for the app's File > Open and drops, and for ``predict``.

Both must read the same file the same way: every format, upright as its EXIF
orientation says, refused before decoding when it is too big, with the same
message when it cannot be used, and with the same digit in the end.
"""

from __future__ import annotations

import errno
import os
import struct
import subprocess
import sys
import warnings as stdlib_warnings
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFile, ImageOps
from cli_calls import cli

from desktop.core import images
from desktop.core.images import ImageError, read_grey, read_ink

REPO = Path(__file__).resolve().parent.parent
FORMATS = "PNG, JPEG, GIF, BMP, TIFF, WebP, PPM"


@pytest.fixture(scope="module")
def seven(mnist):
    """A handwritten 7 as ink (1 = ink), 112x112: it looks different turned or mirrored any way."""
    assert int(mnist.y_test[0]) == 7
    return np.kron(mnist.x_test[0], np.ones((4, 4), np.uint8))


def _paper(ink: np.ndarray) -> Image.Image:
    """Dark ink on white paper, as a photo or a scan shows it."""
    return Image.fromarray(255 - ink)


def _save(ink: np.ndarray, kind: str, folder: Path) -> Path:
    """The digit ``ink`` (uint8, 255 = ink) saved as a file of the given kind."""
    paper = _paper(ink)
    alpha = Image.fromarray(ink)
    path = folder / {"JPEG": "p.jpg", "GIF": "p.gif", "BMP": "p.bmp", "TIFF": "p.tif", "TIFF, LZW": "p.tif",
                     "PPM": "p.ppm", "PGM": "p.pgm", "PBM": "p.pbm", "WebP lossless": "p.webp",
                     "WebP lossy": "p.webp", "16-bit PGM": "p.pgm", "CMYK JPEG": "p.jpg"}.get(kind, "p.png")
    if kind in ("PNG", "GIF", "BMP", "TIFF", "PGM", "JPEG"):
        paper.save(path, quality=95) if kind == "JPEG" else paper.save(path)
    elif kind == "TIFF, LZW":
        paper.save(path, compression="tiff_lzw")
    elif kind == "PPM":
        paper.convert("RGB").save(path)
    elif kind == "PBM":
        paper.point(lambda v: 255 if v > 127 else 0).convert("1").save(path)
    elif kind == "CMYK JPEG":
        paper.convert("CMYK").save(path, quality=95)
    elif kind.startswith("WebP"):
        paper.convert("RGB").save(folder / "w.webp", lossless=kind != "WebP lossy", quality=95)
        path = folder / "w.webp"
    elif kind == "WebP named .png":  # content, not the name, says what a file is
        paper.convert("RGB").save(folder / "w.webp", lossless=True)
        path.write_bytes((folder / "w.webp").read_bytes())
    elif kind == "palette PNG":
        paper.convert("RGB").convert("P", palette=Image.Palette.ADAPTIVE, colors=64).save(path)
    elif kind == "palette PNG, transparent paper":  # index 0 (paper) transparent, ink in blue
        index = np.where(ink > 127, 1, 0).astype(np.uint8)
        image = Image.fromarray(index, "P")
        image.putpalette([255, 255, 255, 0, 0, 200] + [0] * 762)
        image.save(path, transparency=0)
    elif kind == "grey + alpha, dark ink":
        Image.merge("LA", [Image.new("L", paper.size, 0), alpha]).save(path)
    elif kind == "RGBA, white ink":
        Image.merge("RGBA", [Image.new("L", paper.size, 255)] * 3 + [alpha]).save(path)
    elif kind in ("16-bit PNG", "16-bit PGM"):
        # levels between 8-bit steps: reading through 8 bits would be off by up to 1/510
        Image.fromarray(((255 - ink.astype(np.uint16)) * 256 + 128).astype(np.uint16)).save(path)
    else:
        raise ValueError(kind)
    return path


LOSSLESS = ["PNG", "GIF", "BMP", "TIFF", "TIFF, LZW", "PPM", "PGM", "WebP lossless", "WebP named .png",
            "grey + alpha, dark ink", "RGBA, white ink", "16-bit PNG", "16-bit PGM"]
LOSSY = ["JPEG", "CMYK JPEG", "WebP lossy", "palette PNG"]
THRESHOLDED = ["PBM", "palette PNG, transparent paper"]


# -- formats ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", LOSSLESS + LOSSY + THRESHOLDED)
def test_every_format_reads_as_the_same_ink(tmp_path, seven, kind):
    ink = read_ink(_save(seven, kind, tmp_path))
    assert ink.shape == seven.shape and ink.dtype == np.float32
    expected = seven / 255.0
    if kind in THRESHOLDED:
        expected = (seven > 127).astype(np.float32)
    elif kind.startswith("16-bit"):
        expected = 1 - ((255 - seven.astype(np.float64)) * 256 + 128) / 65535
    error = np.abs(ink - expected)
    if kind in LOSSY:
        assert error.mean() < 0.01 and error.max() < 0.3
    else:
        assert error.max() < 1e-4


@pytest.mark.parametrize("kind", ["16-bit PNG", "16-bit PGM"])
def test_16_bit_grey_keeps_its_precision(tmp_path, seven, kind):
    path = _save(seven, kind, tmp_path)
    stored = np.asarray(Image.open(path)).astype(np.float64)
    assert stored.max() > 255
    assert np.abs(read_grey(path) - stored / 65535).max() < 1e-6


def test_the_first_frame_of_an_animation(tmp_path, seven):
    frames = [_paper(seven), _paper(np.rot90(seven).copy())]
    for name in ("a.gif", "a.webp", "a.png", "a.tif"):
        frames[0].save(tmp_path / name, save_all=True, append_images=frames[1:], **({"lossless": True} if
                       name.endswith("webp") else {}))
        assert np.abs(read_ink(tmp_path / name) - seven / 255).max() < 1e-4, name


def test_huge_pictures_are_shrunk_to_max_side(tmp_path):
    line = np.full((4000, 3000), 255, np.uint8)
    line[500:3500, 1400:1600] = 0  # a '1'
    for name in ("big.png", "big.jpg"):
        Image.fromarray(line).save(tmp_path / name)
        ink = read_ink(tmp_path / name)
        assert ink.shape == (1024, 768)
        assert ink[512, 384] > 0.9 and ink[512, 100] < 0.1 and ink[50, 384] < 0.1


# -- EXIF orientation -------------------------------------------------------------------------------

# How to store an upright picture so that EXIF orientation N turns it upright again.
STORED_FOR = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,  # the phone was held turned right: stored turned left
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def _oriented(ink: np.ndarray, orientation: int, fmt: str, folder: Path) -> Path:
    upright = _paper(ink)
    stored = upright if STORED_FOR[orientation] is None else upright.transpose(STORED_FOR[orientation])
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = folder / f"seven-{orientation}.{fmt.lower()}"
    stored.save(path, fmt, exif=exif, **({"quality": 95} if fmt == "JPEG" else {"lossless": True} if fmt == "WebP"
                                        else {}))
    # The picture as Pillow's own ImageOps.exif_transpose (and any viewer) shows it is the upright 7.
    shown = np.asarray(ImageOps.exif_transpose(Image.open(path)).convert("L"), np.float32)
    assert np.abs(shown - np.asarray(upright, np.float32)).mean() < 3
    return path


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WebP", "TIFF"])
@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_is_applied(tmp_path, seven, orientation, fmt):
    path = _oriented(seven, orientation, fmt, tmp_path)
    ink = read_ink(path)
    assert ink.shape == seven.shape
    assert np.abs(ink - seven / 255).mean() < 0.01  # a turned or mirrored 7 is off by ~0.2


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_in_the_app_and_the_cli(qtbot, window, capsys, tmp_path, seven, orientation):
    path = _oriented(seven, orientation, "JPEG", tmp_path)
    area = window.draw_area
    assert area.open_image(path)
    qtbot.waitUntil(lambda: not area.live.pending(), timeout=5000)
    assert np.abs(area.canvas.image - seven / 255).mean() < 0.01
    assert window.shown_predictions[-1][0] == 7
    code, out, err = cli(capsys, "predict", "default", path)
    assert code == 0, err
    assert out.split()[0] == "7"


def test_a_broken_exif_block_leaves_the_picture_as_stored(tmp_path, seven):
    path = tmp_path / "odd.jpg"
    _paper(seven).save(path, quality=95, exif=b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff")
    with stdlib_warnings.catch_warnings():
        stdlib_warnings.simplefilter("error")  # nor a warning on the CLI's stderr
        assert np.abs(read_ink(path) - seven / 255).mean() < 0.01


# -- too big: refused from the header, before decoding ---------------------------------------------


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_bomb(path: Path, width: int = 20000, height: int = 20000) -> Path:
    """A valid 1-bit PNG of zeros: ~50 KB on disk, 400 MB as 8-bit grey (a decoder's usual output)."""
    row = b"\0" * (1 + (width + 7) // 8)
    z = zlib.compressobj(9)
    data = b"".join(z.compress(row * 500) for _ in range(height // 500)) + z.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", data) + _chunk(b"IEND", b""))
    return path


def _bomb(kind: str, folder: Path) -> tuple[Path, str]:
    if kind == "PNG":
        return _png_bomb(folder / "bomb.png"), "20000x20000"
    if kind == "JPEG":  # a real small JPEG whose frame header says 60000x60000
        Image.new("L", (16, 16), 255).save(folder / "s.jpg")
        data = bytearray((folder / "s.jpg").read_bytes())
        sof = data.index(b"\xff\xc0")
        data[sof + 5 : sof + 9] = struct.pack(">HH", 60000, 60000)
        (folder / "bomb.jpg").write_bytes(data)
        return folder / "bomb.jpg", "60000x60000"
    if kind == "GIF":  # a 10x10 screen whose first frame is 20000x20000: Pillow's own guard refuses it
        frame = b"\x2c" + struct.pack("<HHHHB", 0, 0, 20000, 20000, 0) + b"\x02\x02\x44\x01\x00"
        (folder / "bomb.gif").write_bytes(b"GIF89a" + struct.pack("<HHBBB", 10, 10, 0, 0, 0) + frame + b"\x3b")
        return folder / "bomb.gif", "20000x20000"
    if kind == "WebP":  # lossless header of 16383x16383; the decoder would allocate its canvas on opening
        payload = b"\x2f" + struct.pack("<I", 16382 | 16382 << 14) + bytes(20)
        body = b"WEBP" + b"VP8L" + struct.pack("<I", len(payload)) + payload
        (folder / "bomb.webp").write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
        return folder / "bomb.webp", "16383x16383"
    raise ValueError(kind)


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "GIF", "WebP"])
def test_a_decompression_bomb_is_refused_before_decoding(tmp_path, monkeypatch, kind):
    path, size = _bomb(kind, tmp_path)

    def no_decoding(*args, **kwargs):
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    monkeypatch.setattr(Image.core, "new", no_decoding)  # allocating any image
    import PIL.WebPImagePlugin as webp

    monkeypatch.setattr(webp._webp, "WebPAnimDecoder", no_decoding)
    pillow_limit = Image.MAX_IMAGE_PIXELS
    with pytest.raises(ImageError) as refused:
        read_grey(path)
    assert str(refused.value) == f"{path.name} is {size} pixels; the limit is 100 megapixels"
    assert Image.MAX_IMAGE_PIXELS == pillow_limit  # Pillow's setting is put back


def test_a_decompression_bomb_costs_no_memory(tmp_path):
    """In a fresh process (this one's peak is set by TensorFlow): reading the bomb leaves the peak RSS alone."""
    path = _png_bomb(tmp_path / "bomb.png")
    code = (
        "import resource, sys\n"
        "from desktop.core.images import ImageError, read_grey\n"
        "peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "before = peak()\n"
        "try:\n    read_grey(sys.argv[1])\nexcept ImageError as exc:\n    print(exc)\n"
        "print(peak() - before)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], cwd=REPO, capture_output=True, text=True,
                         check=True, timeout=60)
    message, grown = out.stdout.strip().splitlines()
    assert message == "bomb.png is 20000x20000 pixels; the limit is 100 megapixels"
    grown_mb = int(grown) / (2**20 if sys.platform == "darwin" else 2**10)  # ru_maxrss: bytes on macOS, KiB on Linux
    assert grown_mb < 50  # decoding it would take 400 MB


def test_the_limit_is_the_apps_not_pillows(tmp_path, monkeypatch):
    """Pillow's own limit (its default warns at 89 and refuses at 179 megapixels) neither refuses nor warns about
    a picture within the app's MAX_PIXELS, and the app's limit holds above it."""
    monkeypatch.setattr(images, "MAX_PIXELS", 10_000)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000)
    Image.new("L", (100, 100), 255).save(tmp_path / "fits.png")
    Image.new("L", (101, 100), 255).save(tmp_path / "over.png")
    with stdlib_warnings.catch_warnings():
        stdlib_warnings.simplefilter("error")
        assert read_grey(tmp_path / "fits.png").shape == (100, 100)
        with pytest.raises(ImageError, match=r"^over.png is 101x100 pixels; the limit is"):
            read_grey(tmp_path / "over.png")
    assert Image.MAX_IMAGE_PIXELS == 1_000


# -- the same messages in the app and the CLI --------------------------------------------------------


def _unusable(kind: str, folder: Path, monkeypatch) -> tuple[Path, str]:
    if kind == "not a picture":
        (folder / "notes.png").write_text("milk, eggs, flour")
        return folder / "notes.png", f"notes.png is not a picture this app can read ({FORMATS})"
    if kind == "truncated PNG":
        _paper(np.full((64, 64), 255, np.uint8)).save(folder / "full.png")
        data = (folder / "full.png").read_bytes()
        (folder / "cut.png").write_bytes(data[: len(data) * 2 // 3])
        return folder / "cut.png", "cut.png is damaged or incomplete: "
    if kind == "PNG header only":
        _paper(np.full((64, 64), 255, np.uint8)).save(folder / "full.png")
        (folder / "head.png").write_bytes((folder / "full.png").read_bytes()[:20])
        return folder / "head.png", "head.png is damaged or incomplete: "
    if kind == "empty file":
        (folder / "empty.jpg").write_bytes(b"")
        return folder / "empty.jpg", "empty.jpg is damaged or incomplete: the file is empty"
    if kind == "missing file":
        return folder / "missing.png", "missing.png cannot be found"
    if kind == "folder":
        (folder / "pictures").mkdir()
        return folder / "pictures", "pictures is a folder, not a picture"
    if kind == "permission denied":  # (chmod would not stop root, so the refusal is simulated)
        _paper(np.zeros((8, 8), np.uint8)).save(folder / "locked.png")
        real_open = os.open

        def refuse(path, *args, **kwargs):
            if Path(path).name == "locked.png":
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
        return folder / "locked.png", "locked.png cannot be opened: permission denied"
    if kind == "too big":
        return _png_bomb(folder / "bomb.png"), "bomb.png is 20000x20000 pixels; the limit is 100 megapixels"
    if kind == "blank":
        Image.new("L", (64, 64), 255).save(folder / "white.png")
        return folder / "white.png", "white.png looks blank: no digit found"
    raise ValueError(kind)


@pytest.mark.parametrize("kind", ["not a picture", "truncated PNG", "PNG header only", "empty file", "missing file",
                                  "folder", "permission denied", "too big", "blank"])
def test_the_same_message_in_the_app_and_the_cli(qtbot, window, warnings, capsys, tmp_path, monkeypatch, kind):
    path, message = _unusable(kind, tmp_path, monkeypatch)
    area = window.draw_area
    assert not area.open_image(path)
    title, text = warnings[-1]
    assert title == "Cannot use image"
    assert text.startswith(message) if message.endswith(": ") else text == f"{message}."
    assert area.canvas.is_empty()
    code, out, err = cli(capsys, "predict", "default", path)
    assert (code, out) == (1, "")
    assert err == f"digit-recognizer predict: error: {text[:-1]}\n"  # the box's words, without its full stop


# -- the same digit in the app and the CLI -----------------------------------------------------------


def _extreme(shape: tuple[int, int], folder: Path, name: str) -> Path:
    """White, with a dark stroke along the middle 40 % of its long side."""
    grey = np.full(shape, 255, np.uint8)
    n = max(shape)
    grey.reshape(-1)[n * 3 // 10 : n * 7 // 10] = 0
    Image.fromarray(grey).save(folder / name)
    return folder / name


@pytest.mark.parametrize("kind", ["PNG", "JPEG, EXIF 6", "TIFF", "WebP named .png", "PPM", "16-bit PGM",
                                  "palette PNG, transparent paper", "1x10000", "10000x1", "1x10000 JPEG"])
def test_the_app_and_the_cli_read_the_same_digit(qtbot, window, warnings, capsys, tmp_path, mnist, kind):
    if kind.startswith("1x10000") or kind == "10000x1":
        shape = (1, 10000) if kind == "10000x1" else (10000, 1)
        path = _extreme(shape, tmp_path, "long.jpg" if kind.endswith("JPEG") else "long.png")
    elif kind == "JPEG, EXIF 6":
        path = _oriented(np.kron(mnist.x_test[1], np.ones((4, 4), np.uint8)), 6, "JPEG", tmp_path)
    else:
        path = _save(np.kron(mnist.x_test[1], np.ones((4, 4), np.uint8)), kind, tmp_path)
    area = window.draw_area
    code, out, err = cli(capsys, "predict", "default", path)
    if area.open_image(path):
        qtbot.waitUntil(lambda: not area.live.pending(), timeout=5000)
        assert np.array_equal(area.canvas.image, read_ink(path))  # the one reader
        app_says = str(window.shown_predictions[-1][0])
        assert code == 0, err
        assert ("-1" if out.startswith("not a digit") else out.split()[0]) == app_says  # a dash: not a digit
        if "x" not in kind:
            assert app_says == str(int(mnist.y_test[1]))
    else:  # a picture without a usable digit: refused alike, for the same reason
        assert warnings[-1][1] == f"{path.name} looks blank: no digit found."
        assert code == 1 and "looks blank: no digit found" in err


@pytest.mark.parametrize("shape", [(1, 10000), (10000, 1)])
def test_extreme_pasted_pictures_keep_a_pixel_a_side(qtbot, window, shape):
    from PySide6.QtGui import QImage

    from desktop.ui.draw.pictures import qimage_to_ink

    grey = np.full(shape, 255, np.uint8)
    grey.reshape(-1)[3000:7000] = 0
    image = QImage(np.ascontiguousarray(grey).data, shape[1], shape[0], shape[1], QImage.Format.Format_Grayscale8)
    ink = qimage_to_ink(image.copy())
    assert sorted(ink.shape) == [1, 1024] and ink.max() > 0.9
    assert window.draw_area.load_image(image.copy(), "The pasted picture")
