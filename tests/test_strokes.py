"""Stroke geometry and MNIST-style rendering, without Qt."""

import numpy as np
import pytest

from desktop.core import strokes
from desktop.core.preprocess import ink_from_grey, normalize_digit
from desktop.core.strokes import Drawing, Segments, Stroke, apply_erasers, to_mnist

SEVEN = [np.array([[10, 10], [60, 10], [30, 90]], float)]
FOUR = [np.array([[40, 0], [5, 60], [70, 60]], float), np.array([[50, 20], [50, 100]], float)]


def centre_of_mass(image):
    idx = np.arange(28) + 0.5
    m = image.sum()
    return (image.sum(axis=0) * idx).sum() / m, (image.sum(axis=1) * idx).sum() / m


def ink_extent(image, threshold=0.5):
    rows = np.flatnonzero(image.max(axis=1) > threshold)
    cols = np.flatnonzero(image.max(axis=0) > threshold)
    return rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1


def test_position_and_size_do_not_change_the_image():
    base = to_mnist(FOUR)
    for scale, shift in [(0.3, (500, 20)), (4.0, (-100, 900)), (11.0, (3, 3))]:
        moved = to_mnist([p * scale + shift for p in FOUR])
        assert np.abs(moved - base).max() < 1e-4


def test_like_mnist_fits_20x20_and_is_centred_by_mass():
    image = to_mnist(FOUR)
    assert image.dtype == np.float32 and image.shape == (28, 28)
    assert 0 <= image.min() and image.max() == 1.0
    height, width = ink_extent(image)
    assert 18 <= max(height, width) <= 20
    cx, cy = centre_of_mass(image)
    assert abs(cx - 14) < 0.05 and abs(cy - 14) < 0.05


def test_tall_thin_one_keeps_its_aspect_ratio():
    image = to_mnist([np.array([[0, 0], [3, 100]], float)])
    height, width = ink_extent(image)
    assert height >= 18 and width <= 3


def test_empty_and_single_dot():
    assert not to_mnist([]).any()
    dot = to_mnist([np.array([[5, 5]], float)])
    assert dot.any() and ink_extent(dot) == (2, 2)
    cx, cy = centre_of_mass(dot)
    assert abs(cx - 14) < 0.05 and abs(cy - 14) < 0.05


def test_drawing_undo_redo_clear():
    d = Drawing()
    a, b = Stroke.of([[0, 0], [1, 1]], 5), Stroke.of([[2, 2], [3, 3]], 5)
    d.add(a)
    d.add(b)
    assert d.undo() and d.strokes == [a]
    assert d.redo() and d.strokes == [a, b]
    assert d.undo() and d.undo() and not d.undo()
    d.add(b)
    assert not d.redo()  # a new stroke drops the redo history
    d.clear()
    assert d.strokes == [] and d.ink() == []


def test_eraser_cuts_a_line_in_two():
    line = Stroke.of([[0, 50], [100, 50]], 4)
    eraser = Stroke.of([[50, 0], [50, 100]], 10, erase=True)
    pieces = apply_erasers([line, eraser])
    assert len(pieces) == 2
    left, right = sorted(pieces, key=lambda p: p[0][0, 0])
    assert left[0][:, 0].max() < 50 - 5 and right[0][:, 0].min() > 50 + 5
    # A stroke drawn after the eraser is untouched.
    assert len(apply_erasers([line, eraser, line])) == 3


def test_raster_path_normalises_pictures(mnist):
    digit = mnist.x_test[3].astype(np.float32) / 255
    photo = np.kron(1 - digit, np.ones((6, 6), np.float32))  # dark digit on white paper, 168x168
    ink = ink_from_grey(photo)
    assert ink[0, 0] == 0.0 and ink.max() == 1.0
    image = normalize_digit(ink)
    height, width = ink_extent(image, 0.1)
    assert max(height, width) <= 20
    cx, cy = centre_of_mass(image)
    assert abs(cx - 14) <= 0.5 and abs(cy - 14) <= 0.5


def test_a_thresholded_picture_gets_grey_edges_and_a_grey_one_is_left_as_it_is(mnist):
    """Two-level ink (a black-and-white picture) is softened like a pen's edge; grey ink is not touched."""
    digit = mnist.x_test[1].astype(np.float32) / 255
    hard_ink = np.kron((digit > 0.5).astype(np.float32), np.ones((4, 4), np.float32))
    grey_ink = np.kron(digit, np.ones((4, 4), np.float32))
    softened, grey = normalize_digit(hard_ink), normalize_digit(grey_ink)
    plain, grey_plain = normalize_digit(hard_ink, soften=False), normalize_digit(grey_ink, soften=False)

    def between(image):
        return int(((image > 0.05) & (image < 0.95)).sum())

    assert between(softened) > 1.5 * between(plain)
    assert abs(softened.sum() - plain.sum()) < 0.01 * plain.sum()  # the ink moves, none is lost
    assert np.array_equal(grey, grey_plain)


@pytest.mark.parametrize("grey, inverted", [(0.9, True), (0.1, False)])
def test_background_decides_inversion(grey, inverted):
    picture = np.full((10, 10), grey, np.float32)
    assert ink_from_grey(picture)[0, 0] == pytest.approx(1 - grey if inverted else grey)


# -- the renderer against a straightforward exact reference ----------------------------------------

def reference_to_mnist(paths, width=2.0, softness=1.0):
    """to_mnist as first written: every one of the 784 pixels measured against every segment."""
    paths = [np.asarray(p, np.float64).reshape(-1, 2) for p in paths if len(p)]
    if not paths:
        return np.zeros((28, 28), np.float32)
    centres = np.arange(28, dtype=np.float32) + 0.5
    grid = np.stack(np.meshgrid(centres, centres), axis=-1).reshape(-1, 2)

    def render(polylines):
        a = np.concatenate([p[:-1] if len(p) > 1 else p for p in polylines])
        b = np.concatenate([p[1:] if len(p) > 1 else p for p in polylines])
        px, py = grid[:, :1], grid[:, 1:]
        abx, aby = b[None, :, 0] - a[None, :, 0], b[None, :, 1] - a[None, :, 1]
        t = np.clip(((px - a[:, 0]) * abx + (py - a[:, 1]) * aby) / np.maximum(abx * abx + aby * aby, 1e-12), 0, 1)
        dx, dy = px - a[:, 0] - t * abx, py - a[:, 1] - t * aby
        distance = np.sqrt((dx * dx + dy * dy).min(axis=1))
        return np.clip((width / 2 - distance) / softness + 0.5, 0, 1).reshape(28, 28).astype(np.float32)

    points = np.concatenate(paths)
    lo, hi = points.min(axis=0), points.max(axis=0)
    extent = float((hi - lo).max())
    scaled = [(p - (lo + hi) / 2) * ((20 - width) / extent if extent > 0 else 1.0) + 14 for p in paths]
    image = render(scaled)
    mass = image.sum()
    shift = np.array([14 - (image.sum(axis=0) * centres).sum() / mass, 14 - (image.sum(axis=1) * centres).sum() / mass])
    return render([p + shift for p in scaled])


def test_no_ink_and_a_dot_render_exactly_as_the_reference():
    assert np.array_equal(to_mnist([]), np.zeros((28, 28), np.float32))
    assert np.array_equal(to_mnist([np.zeros((0, 2))]), np.zeros((28, 28), np.float32))
    for dot in ([[5.0, 5.0]], [[0.3, 917.25]]):
        assert np.array_equal(to_mnist([np.array(dot)]), reference_to_mnist([np.array(dot)]))


def test_digits_render_as_the_exact_reference():
    from desktop.automation import load_unipen, place_strokes

    rng = np.random.default_rng(5)
    samples = load_unipen()[::160]
    drawings = [place_strokes(s["strokes"], 1000, rng) for s in samples]
    drawings += [SEVEN, FOUR, [np.array([[0, 0], [3, 100]], float)], FOUR + [np.array([[20.0, 30.0]])]]
    worst = max(float(np.abs(to_mnist(d) - reference_to_mnist(d)).max()) for d in drawings)
    assert worst <= 0.02  # measured: 0 (bit-identical float32 images)


def test_segments_of_polylines_and_dots():
    segments = Segments.of([np.array([[0, 0], [1, 0], [1, 1]]), np.zeros((0, 2)), np.array([[5, 5]])])
    pairs = sorted((tuple(a), tuple(b)) for a, b in zip(segments.a, segments.b))
    assert pairs == [((0, 0), (1, 0)), ((1, 0), (1, 1)), ((5, 5), (5, 5))]
    assert len(segments + Segments.of([])) == 3


# -- cost: bounded by the 28x28 output, not by the amount of ink ---------------------------------------

def dense_drawing(n_strokes, rng, points=5):
    """``n_strokes`` short dashes scattered over a digit-sized area (canvas units)."""
    starts = rng.uniform((300, 200), (700, 800), (n_strokes, 1, 2))
    steps = rng.uniform(-12, 12, (n_strokes, points - 1, 2))
    return list(np.concatenate([starts, starts + np.cumsum(steps, axis=1)], axis=1))


def count_evaluations(monkeypatch):
    """Count (pixel, segment piece) distances the renderer computes."""
    counted = []
    real = strokes._lower_nearest

    def counting(nearest2, index, a, b):
        counted.append(len(index))
        real(nearest2, index, a, b)

    monkeypatch.setattr(strokes, "_lower_nearest", counting)
    return counted


def test_render_work_is_bounded_for_a_dense_drawing(monkeypatch):
    paths = dense_drawing(1000, np.random.default_rng(2))
    counted = count_evaluations(monkeypatch)
    image = to_mnist(paths)
    # Every pixel against every segment would be 2 renders x 784 pixels x 4,000 segments = 6.3 million.
    assert 0 < sum(counted) <= 40_000
    assert np.abs(image - reference_to_mnist(paths)).max() <= 0.02


def test_render_work_does_not_grow_with_points_along_a_stroke(monkeypatch):
    t = np.linspace(0, 2 * np.pi, 5000)
    scribble = np.stack([300 * np.cos(3 * t), 400 * np.sin(2 * t)], axis=1)
    counted = count_evaluations(monkeypatch)
    to_mnist([scribble[::10]])  # 500 points, about 0.3 pixels apart in the 28x28 image
    sparse = sum(counted)
    counted.clear()
    image = to_mnist([scribble])  # 5,000 points, 0.03 pixels apart: drawn slowly
    assert sum(counted) <= 2 * sparse
    assert np.abs(image - reference_to_mnist([scribble])).max() <= 0.01


# -- erasers: cached, and only where they pass -------------------------------------------------------

def reference_apply_erasers(strokes_):
    """apply_erasers as first written: every path densified and measured against every eraser."""
    paths = []
    for stroke in strokes_:
        if not stroke.erase:
            paths.append((stroke.points, stroke.width))
            continue
        kept = []
        for path, width in paths:
            dense = [path[:1]]
            for p, q in zip(path[:-1], path[1:]):
                n = max(int(np.ceil(np.hypot(*(q - p)) / max(width / 4, 0.5))), 1)
                dense.append(p + np.linspace(0, 1, n + 1)[1:, None] * (q - p))
            dense = np.concatenate(dense)
            e = stroke.points
            ea, eb = (e[:-1], e[1:]) if len(e) > 1 else (e, e)
            ab = eb - ea
            t = np.clip(((dense[:, None] - ea) * ab).sum(-1) / np.maximum((ab * ab).sum(-1), 1e-12), 0, 1)
            hit = np.hypot(*(dense[:, None] - ea - t[..., None] * ab).transpose(2, 0, 1)).min(1) <= (
                stroke.width + width) / 2
            edges = np.flatnonzero(np.diff(np.concatenate([[1], hit.astype(np.int8), [1]])))
            kept += [(dense[i:j], width) for i, j in zip(edges[::2], edges[1::2])]
        paths = kept
    return paths


def eraser_drawing(rng, n_strokes=30, n_erasers=20):
    """Strokes and erasers interleaved, all over the canvas (canvas units)."""
    drawn = [Stroke.of(p, 20) for p in dense_drawing(n_strokes, rng, points=12)]
    erasers = [Stroke.of(p, 30, erase=True) for p in dense_drawing(n_erasers, rng, points=6)]
    every = drawn + erasers
    return [every[i] for i in rng.permutation(len(every))]


def same_ink(got, expected):
    return len(got) == len(expected) and all(
        w1 == w2 and np.array_equal(p1, p2) for (p1, w1), (p2, w2) in zip(got, expected))


def test_erasers_cut_as_the_reference_does():
    sequence = eraser_drawing(np.random.default_rng(3))
    got, expected = apply_erasers(sequence), reference_apply_erasers(sequence)
    assert len(got) == len(expected) > 30  # some strokes were cut in pieces
    assert np.abs(to_mnist([p for p, _ in got]) - to_mnist([p for p, _ in expected])).max() < 1e-5


def test_cached_ink_equals_erasing_from_scratch():
    sequence = eraser_drawing(np.random.default_rng(4))
    d = Drawing()
    for stroke in sequence:
        for extra in (None, Stroke.of([[400, 400], [600, 650]], 20), Stroke.of([[600, 300], [350, 700]], 30, True)):
            expected = apply_erasers(d.strokes + ([extra] if extra else []))
            assert same_ink(d.ink(extra), expected)
            assert np.array_equal(to_mnist(d.segments(extra)), to_mnist([p for p, _ in expected]))
        d.add(stroke)


def test_live_renderer_gives_the_image_to_mnist_gives(monkeypatch):
    """A stroke drawn point by point over finished ink: every live update equals rendering from scratch,
    and while the stroke stays inside the finished ink's box, the finished ink is rendered once per update."""
    rng = np.random.default_rng(8)
    d = Drawing()
    for p in dense_drawing(40, rng):
        d.add(Stroke.of(p, 20))
    calls = []
    original = strokes._render_pieces
    monkeypatch.setattr(strokes, "_render_pieces", lambda a, b, *args: calls.append(len(a)) or original(a, b, *args))
    live = strokes.LiveRenderer()
    finished = d.parts()[0]
    inside = np.linspace([450, 450], [550, 560], 15)  # well inside the finished ink's box
    outside = np.linspace([900, 950], [990, 999], 15)  # outside it: the frame changes with every point
    for path in (inside, outside):
        for n in range(1, len(path) + 1):
            drawn = Stroke.of(path[:n], 20)
            assert d.parts(drawn) == (finished, drawn.segments)
            calls.clear()
            got = live(*d.parts(drawn))
            rendered = list(calls)
            assert np.array_equal(got, to_mnist(d.segments(drawn)))
            if path is inside and n > 1:
                # The stroke's first rendering, then the centred one of all the ink.
                assert len(rendered) == 2 and rendered[1] == len(live._pieces[0]) + rendered[0] > 100
            elif path is outside and n > 1:
                assert len(rendered) == 3  # a new frame: the finished ink's first rendering is made again
    assert np.array_equal(live(finished), to_mnist(finished))
    assert live(finished) is live(finished)  # nothing in progress: the finished ink's image is kept
    # Pen up: the finished ink grows by the stroke just rendered, which costs no rendering at all;
    # another stroke added directly costs its own first rendering and the centred one.
    live(finished, Stroke.of(inside, 20).segments)
    for stroke, renders in ((Stroke.of(inside, 20), 0), (Stroke.of(inside[::-1] + 5, 20), 2)):
        d.add(stroke)
        calls.clear()
        got = live(d.parts()[0])
        assert len(calls) == renders
        assert np.array_equal(got, to_mnist(d.segments()))
    finished = d.parts()[0]
    eraser = Stroke.of([[300, 300], [700, 700]], 60, erase=True)
    finished_after, nothing = d.parts(eraser)
    assert len(nothing) == 0 and len(finished_after) < len(finished) + 1
    assert np.array_equal(live(finished_after, nothing), to_mnist(d.segments(eraser)))
    assert not live(Segments.of([]), Segments.of([])).any()
    assert np.array_equal(live(Segments.of([]), Stroke.of(inside, 20).segments), to_mnist([inside]))


def test_undo_redo_and_clear_keep_the_cached_ink_right():
    rng = np.random.default_rng(6)
    d = Drawing()
    for stroke in eraser_drawing(rng):
        d.add(stroke)
    assert same_ink(d.ink(), apply_erasers(d.strokes))
    for step in rng.choice(["undo", "undo", "redo", "add"], 80):
        if step == "add":
            d.add(Stroke.of(dense_drawing(1, rng)[0], 20, erase=bool(rng.integers(2))))
        else:
            getattr(d, step)()
        assert same_ink(d.ink(), apply_erasers(d.strokes))
    d.clear()
    assert d.ink() == [] and not to_mnist(d.segments()).any()
    sequence = eraser_drawing(rng)
    assert same_ink(Drawing(strokes=list(sequence)).ink(), apply_erasers(sequence))


def test_erasers_only_look_at_the_ink_they_pass_near(monkeypatch):
    rng = np.random.default_rng(8)
    drawn = [Stroke.of(p, 20) for p in dense_drawing(300, rng, points=10)]
    erasers = [Stroke.of([[x, 980], [x + 30, 995]], 30, erase=True) for x in np.linspace(100, 900, 50)]
    measured = []
    real = strokes._segment_distance

    def counting(points, *args):
        measured.append(len(points))
        return real(points, *args)

    monkeypatch.setattr(strokes, "_segment_distance", counting)
    d = Drawing()
    for stroke in drawn + erasers:
        d.add(stroke)
    assert len(d.ink(Stroke.of([[500, 985], [520, 990]], 30, erase=True))) == 300
    # The erasers run along the bottom edge, away from all the ink: nothing to measure.
    assert sum(measured) == 0


def test_placement_takes_input_pixels_back_to_the_drawing():
    from desktop.core.strokes import stroke_placement

    # An L drawn anywhere on the canvas: the 28x28 ink, taken back, covers the strokes' own box.
    paths = [np.array([[120.0, 40.0], [120.0, 300.0], [260.0, 300.0]])]
    image = to_mnist(paths)
    placement = stroke_placement(paths)
    rows, cols = np.flatnonzero(image.max(axis=1) > 0.5), np.flatnonzero(image.max(axis=0) > 0.5)
    x0, y0, x1, y1 = placement.pixels_to_source(rows[0], rows[-1], cols[0], cols[-1])
    pixel = placement.scale_x  # one input pixel in canvas units
    assert placement.scale_x == placement.scale_y
    assert abs(x0 - 120) < 1.5 * pixel and abs(x1 - 260) < 1.5 * pixel
    assert abs(y0 - 40) < 1.5 * pixel and abs(y1 - 300) < 1.5 * pixel
    # Each stroke point lands, in the input, on ink.
    for x, y in paths[0]:
        ix, iy = placement.to_input(x, y)
        assert image[int(iy), int(ix)] > 0.5
    assert placement.to_source(*placement.to_input(77.0, 5.0)) == pytest.approx((77.0, 5.0))
    assert stroke_placement([]) is None


def test_placement_of_a_picture_in_its_pixels():
    from desktop.core.preprocess import raster_placement

    ink = np.zeros((200, 300), np.float32)
    ink[50:150, 100:120] = 1.0  # a bar 100 px tall, 20 wide
    image = normalize_digit(ink)
    placement = raster_placement(ink)
    rows, cols = np.flatnonzero(image.max(axis=1) > 0.5), np.flatnonzero(image.max(axis=0) > 0.5)
    assert placement.pixels_to_source(rows[0], rows[-1], cols[0], cols[-1]) == pytest.approx((100, 50, 120, 150),
                                                                                             abs=5.0)
    assert raster_placement(np.zeros((10, 10))) is None
