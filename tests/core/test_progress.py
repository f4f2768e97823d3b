"""Live progress counts: one board per process, shared by Beam's worker threads."""

from __future__ import annotations

import threading

from pipelines.progress import ProgressBoard, read_progress


def test_threads_sharing_a_board_publish_every_row(tmp_path):
    """Beam's multi-threaded mode runs several bundles at once in one process: adds and flushes
    from many threads must neither collide on the board's file nor lose counts."""
    board = ProgressBoard.for_folder(str(tmp_path))
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(300):
                board.add("normalise", "rows_in", 1)
                board.flush()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    board.flush()
    assert errors == []
    assert read_progress(str(tmp_path)) == {"normalise": {"rows_in": 8 * 300}}
