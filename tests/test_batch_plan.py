"""How a batch is cut into chunks and in what order workers take them (flows/batch_plan.py)."""

from __future__ import annotations

from pathlib import Path

from flows.batch_plan import FILE_COST_BYTES, Chunk, longest_first, plan_chunks


def _files(folder, sizes: list[int]):
    paths = []
    for k, size in enumerate(sizes):
        path = folder / f"{k:03d}.txt"
        path.write_bytes(b"x" * size)
        paths.append(path)
    return paths


def test_each_chunk_knows_the_bytes_it_holds(tmp_path):
    files = _files(tmp_path, [100_000, 90_000, 80_000, 5_000, 5_000, 5_000, 70_000])
    chunks = plan_chunks(files, workers=2, chunk_bytes=150_000)
    assert [path for chunk in chunks for path in chunk.paths] == [str(f) for f in files]
    assert [chunk.input_bytes for chunk in chunks] == [
        sum(Path(path).stat().st_size for path in chunk.paths) for chunk in chunks
    ]
    assert sum(chunk.input_bytes for chunk in chunks) == 355_000


def test_workers_take_the_costliest_chunks_first():
    """Chunks of about equal size differ in cost by their number of files: many small files cost more
    than one large file of the same bytes, and a cheap chunk is best left for the end."""
    few = Chunk(0, ("a",), (0,), input_bytes=200_000)
    many = Chunk(1, tuple("bcdefghijk"), tuple(range(1, 11)), input_bytes=200_000)
    last = Chunk(2, ("l", "m"), (11, 12), input_bytes=50_000)
    assert many.cost == 200_000 + 10 * FILE_COST_BYTES
    assert [chunk.index for chunk in longest_first([few, many, last])] == [1, 0, 2]
    same = [Chunk(k, ("p",), (k,), input_bytes=1_000) for k in range(4)]
    assert [chunk.index for chunk in longest_first(same)] == [0, 1, 2, 3]  # ties keep the batch's order
