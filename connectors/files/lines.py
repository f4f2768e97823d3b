"""Records and line numbers of line-oriented files (JSON Lines, CSV), found with numpy.

A *record* is one JSON line or one CSV row. Without quoted line breaks every line feed ends a
record; with them (`csv.newlines_in_values`), a line feed ends a record only outside quotes,
which is decided by quote parity (RFC 4180 doubles a quote inside a quoted value, so parity
still holds). Line numbers are 1-based physical line numbers of the file, what an editor shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

import numpy as np

LF = 10
CR = 13
_WHITESPACE = np.array([9, 10, 13, 32], dtype=np.uint8)
_SCAN_BLOCK = 8 * 1024 * 1024


def terminators(buf: bytes | memoryview, quote: str | None, parity: int = 0) -> tuple[np.ndarray, int]:
    """Offsets of the line feeds that end a record in `buf`, and the quote parity at its end.

    `parity` is the quote parity before `buf` (0 outside quotes). Without `quote`, every line
    feed ends a record.
    """
    arr = np.frombuffer(buf, dtype=np.uint8)
    feeds = np.flatnonzero(arr == LF)
    if quote is None:
        return feeds, 0
    quotes = np.cumsum(arr == ord(quote), dtype=np.int64)
    if not len(arr):
        return feeds, parity
    inside = (quotes[feeds] + parity) & 1
    return feeds[inside == 0], int((quotes[-1] + parity) & 1)


@dataclass
class Records:
    """The records of one block: `[starts[i], ends[i])` byte spans (line terminator excluded),
    their 1-based line numbers, and which ones are blank (skipped by the parsers)."""

    starts: np.ndarray
    ends: np.ndarray
    lines: np.ndarray
    blank: np.ndarray

    def __len__(self) -> int:
        return len(self.starts)


def records(
    buf: bytes, ends_at: np.ndarray, first_line: int, *, blank_if_whitespace: bool, quoted: bool = False
) -> Records:
    """Split `buf` (a block that ends at a record boundary or at the end of the file) into records.

    `ends_at` are the record-ending line feeds (from `terminators`); `quoted` says some line feeds
    may be inside quoted values (so a record may span lines). A blank record is empty (or a lone
    CR); with `blank_if_whitespace` (JSON Lines) also one of only spaces and tabs.
    """
    arr = np.frombuffer(buf, dtype=np.uint8)
    size = len(arr)
    starts = np.concatenate(([0], ends_at + 1)).astype(np.int64)
    ends = np.concatenate((ends_at, [size])).astype(np.int64)
    if starts[-1] >= size:  # the block ends with a terminator: no trailing partial record
        starts, ends = starts[:-1], ends[:-1]
    # a CR before the LF belongs to the terminator
    has_cr = np.zeros(len(ends), dtype=bool)
    nonempty = ends > starts
    has_cr[nonempty] = arr[ends[nonempty] - 1] == CR
    ends = ends - has_cr
    blank = ends == starts
    if blank_if_whitespace and len(starts):
        # only a record that starts with whitespace can be all whitespace: check those few
        firsts = arr[np.minimum(starts, max(size - 1, 0))]
        maybe = np.flatnonzero(~blank & np.isin(firsts, _WHITESPACE))
        for i in maybe:
            blank[i] = not buf[starts[i] : ends[i]].strip()
    if quoted:
        feeds = np.flatnonzero(arr == LF)
        lines = first_line + np.searchsorted(feeds, starts, side="left")
    else:  # every record is one line
        lines = first_line + np.arange(len(starts), dtype=np.int64)
    return Records(starts, ends, lines.astype(np.int64), blank)


@dataclass(frozen=True)
class Split:
    """A byte range of a file starting at a record start, and the line number there."""

    start: int
    end: int
    first_line: int


def plan_splits(stream: BinaryIO, size: int, split_bytes: int, quote: str | None) -> list[Split]:
    """Cut a file of `size` bytes into ranges of about `split_bytes` that start at records.

    Reads the file once, sequentially (the line numbers of later ranges need every line feed
    before them counted).
    """
    targets = list(range(split_bytes, size, split_bytes))
    if quote is None:
        return _plan_line_splits(stream, size, targets)
    cuts: list[tuple[int, int]] = [(0, 1)]  # (offset, line number at offset)
    offset, line, parity, want = 0, 1, 0, 0
    while want < len(targets):
        block = stream.read(_SCAN_BLOCK)
        if not block:
            break
        ends_at, new_parity = terminators(block, quote, parity)
        feeds = np.flatnonzero(np.frombuffer(block, dtype=np.uint8) == LF) if quote else ends_at
        while want < len(targets):
            target = max(targets[want], cuts[-1][0] + 1)
            # first record start at or after `target`: after the first terminator at >= target - 1
            idx = np.searchsorted(ends_at, target - 1 - offset, side="left")
            if idx >= len(ends_at):
                break
            cut = offset + int(ends_at[idx]) + 1
            if cut < size:
                lines_before = int(np.searchsorted(feeds, int(ends_at[idx]), side="right"))
                cuts.append((cut, line + lines_before))
            want += 1
            while want < len(targets) and targets[want] <= cut:
                want += 1
        offset += len(block)
        line += len(feeds)
        parity = new_parity
    bounds = [c for c, _ in cuts] + [size]
    return [Split(bounds[i], bounds[i + 1], cuts[i][1]) for i in range(len(cuts))]


def _plan_line_splits(stream: BinaryIO, size: int, targets: list[int]) -> list[Split]:
    """`plan_splits` when every line feed ends a record: bytes.find/count, no arrays."""
    cuts: list[tuple[int, int]] = [(0, 1)]
    offset, line, want = 0, 1, 0
    while want < len(targets):
        block = stream.read(_SCAN_BLOCK)
        if not block:
            break
        counted, feeds = 0, 0  # line feeds in block[:counted]
        while want < len(targets):
            target = max(targets[want], cuts[-1][0] + 1)
            pos = block.find(b"\n", max(target - 1 - offset, 0))
            if pos < 0:
                break
            cut = offset + pos + 1
            feeds += block.count(b"\n", counted, pos + 1)
            counted = pos + 1
            if cut < size:
                cuts.append((cut, line + feeds))
            want += 1
            while want < len(targets) and targets[want] <= cut:
                want += 1
        offset += len(block)
        line += block.count(b"\n")
    bounds = [c for c, _ in cuts] + [size]
    return [Split(bounds[i], bounds[i + 1], cuts[i][1]) for i in range(len(cuts))]


def iter_blocks(
    stream: BinaryIO, *, length: int | None, block_bytes: int, quote: str | None, max_record_bytes: int
) -> Iterator[tuple[bytes, np.ndarray, bool]]:
    """Blocks of whole records read from `stream` (at most `length` bytes; None: to the end).

    Yields `(block, record-ending line feeds, last)`. A record longer than `block_bytes` grows the
    block; one longer than `max_record_bytes` is an error (an unterminated quote, usually).
    """
    remaining = length
    carry = b""
    while True:
        want = block_bytes if remaining is None else min(block_bytes, remaining)
        chunk = stream.read(want) if want > 0 else b""
        if remaining is not None:
            remaining -= len(chunk)
        at_end = not chunk or (remaining is not None and remaining <= 0)
        data = carry + chunk if carry else chunk
        if not data:
            return
        ends_at, _ = terminators(data, quote, 0)  # a block starts at a record: parity 0
        if at_end:
            yield data, ends_at, True
            return
        if not len(ends_at):
            if len(data) > max_record_bytes:
                msg = f"a record is longer than {max_record_bytes} bytes"
                raise RecordTooLong(msg)
            carry = data
            continue
        cut = int(ends_at[-1]) + 1
        yield data[:cut], ends_at, False
        carry = data[cut:]


class RecordTooLong(ValueError):
    """No record boundary within the size limit: usually an unterminated quoted value."""
