"""A PyTorch `IterableDataset` over a Datalab release: sharded, shuffled, resumable.

Importing this module imports torch; nothing else in Datalab does, so a curation install needs
no PyTorch. How it works, per epoch:

1. The work units (Parquet row groups by default, or whole shards) are put in an order: the
   manifest's, or a permutation drawn from `(seed, epoch)`.
2. Units are dealt to *slots*, one slot per (rank, DataLoader worker), each to the slot with
   the fewest rows so far. Every unit goes to exactly one slot: no row is read twice or lost.
3. A slot streams its units and, when shuffling, passes rows through a bounded buffer
   (`shuffle_buffer` rows) drawn from a generator seeded by `(seed, epoch, slot)`.

A `torch.utils.data.DataLoader` with `num_workers=W` takes one batch from each worker in turn,
dropping workers that are exhausted. That order is deterministic, so the position of every
slot follows from the number of batches the training loop has taken: `track(loader)` counts
them, `state_dict()` turns the count into per-slot positions, and after `load_state_dict()` a
new DataLoader (same world size, `num_workers`, `batch_size`, `drop_last`) yields exactly the
batches the interrupted run would have yielded next.

    ds = DatalabIterableDataset("/releases/news/v3", columns=["text"], shuffle=True, seed=7)
    loader = DataLoader(ds, batch_size=32, num_workers=4)
    for batch in ds.track(loader):
        ...
        if step % 1000 == 0:
            torch.save({"data": ds.state_dict(), ...}, "ckpt.pt")
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator
from typing import Any

from datalab.errors import MissingDependency, TerminalError
from datalab.reader import DatalabDataset, ReadUnit, open_dataset

try:
    import torch
    from torch.utils.data import IterableDataset, get_worker_info
except ImportError as exc:  # pragma: no cover - exercised only without torch
    msg = (
        "datalab.torch_dataset needs PyTorch: `pip install 'datalab[trainers]'` (CPU wheels: "
        "add `--index-url https://download.pytorch.org/whl/cpu`). The plain reader "
        "`datalab.reader.open_dataset` works without it."
    )
    raise MissingDependency(msg) from exc

STATE_VERSION = 1

__all__ = ["DatalabIterableDataset", "ResumeMismatch"]


class ResumeMismatch(TerminalError):
    """A saved data position cannot be restored under the current loader configuration."""


def _rank_and_world(rank: int | None, world_size: int | None) -> tuple[int, int]:
    if rank is not None and world_size is not None:
        return rank, world_size
    dist = torch.distributed
    if dist.is_available() and dist.is_initialized():
        return (
            dist.get_rank() if rank is None else rank,
            dist.get_world_size() if world_size is None else world_size,
        )
    return (
        int(os.environ.get("RANK", 0)) if rank is None else rank,
        int(os.environ.get("WORLD_SIZE", 1)) if world_size is None else world_size,
    )


class DatalabIterableDataset(IterableDataset):
    """Rows of a Datalab dataset or release as dicts, split over ranks and workers.

    Args:
        source: a dataset/release URL (local path or fsspec URL) or an opened `DatalabDataset`.
        columns: columns to read (default all); `filter`: a `pyarrow.compute` expression.
        shuffle / seed / shuffle_buffer: seeded shuffle of unit order plus a bounded row buffer.
        split: `"row_group"` (balanced, default) or `"shard"` as the unit of work.
        rank / world_size: default from `torch.distributed`, else `RANK` / `WORLD_SIZE`, else 0/1.
        verify: check each shard's sha256 before reading it.
        transform: optional function applied to each row dict (e.g. tokenisation).
        storage_options: fsspec options when `source` is a URL.
    """

    def __init__(
        self,
        source: str | DatalabDataset,
        *,
        columns: list[str] | None = None,
        filter: Any = None,
        shuffle: bool = False,
        seed: int = 0,
        shuffle_buffer: int = 10_000,
        split: str = "row_group",
        rank: int | None = None,
        world_size: int | None = None,
        verify: bool = False,
        transform: Callable[[dict[str, Any]], Any] | None = None,
        storage_options: dict[str, Any] | None = None,
        read_batch_size: int = 8_192,
    ) -> None:
        super().__init__()
        self.dataset = (
            source
            if isinstance(source, DatalabDataset)
            else open_dataset(source, storage_options=storage_options)
        )
        self.dataset._check_columns(columns)  # noqa: SLF001 - fail at construction, not in a worker
        self.columns = columns
        self.filter = filter
        self.shuffle = shuffle
        self.seed = int(seed)
        self.shuffle_buffer = max(int(shuffle_buffer), 1)
        self.split = split
        self._rank, self._world = rank, world_size
        self.verify = verify
        self.transform = transform
        self.read_batch_size = read_batch_size
        self.epoch = 0
        self._resume: dict[str, Any] | None = None
        self._loader: dict[str, Any] | None = None
        self._batches = 0
        self._tracking = False
        self._units: list[ReadUnit] | None = None

    # -- epochs and plans --------------------------------------------------------------------

    def set_epoch(self, epoch: int) -> None:
        """Start another epoch: a new permutation when shuffling (like `DistributedSampler`).
        With `persistent_workers=True`, call it before the DataLoader is first iterated."""
        if epoch != self.epoch:
            self._batches = 0
        self.epoch = int(epoch)

    @property
    def rank(self) -> int:
        return _rank_and_world(self._rank, self._world)[0]

    @property
    def world_size(self) -> int:
        return _rank_and_world(self._rank, self._world)[1]

    def _all_units(self) -> list[ReadUnit]:
        if self._units is None:
            self._units = self.dataset.units(split=self.split)
        return self._units

    def plan(self, num_slots: int, epoch: int | None = None) -> list[list[ReadUnit]]:
        """The units of each of `num_slots` slots for an epoch (deterministic in all processes)."""
        units = self._all_units()
        order = list(range(len(units)))
        if self.shuffle:
            random.Random(f"datalab-units:{self.seed}:{self.epoch if epoch is None else epoch}").shuffle(
                order
            )
        loads = [0] * num_slots
        slots: list[list[ReadUnit]] = [[] for _ in range(num_slots)]
        for i in order:
            target = min(range(num_slots), key=loads.__getitem__)
            slots[target].append(units[i])
            loads[target] += max(units[i].rows, 1)
        return slots

    # -- iteration ---------------------------------------------------------------------------

    def __iter__(self) -> Iterator[Any]:
        info = get_worker_info()
        workers, worker = (info.num_workers, info.id) if info is not None else (1, 0)
        rank, world = _rank_and_world(self._rank, self._world)
        resume = self._resume if self._resume and self._resume["epoch"] == self.epoch else None
        if resume is not None:
            if resume["num_workers"] != workers:
                msg = (
                    f"the saved data position was taken with {resume['num_workers']} DataLoader "
                    f"worker(s) per rank but this loader has {workers}: resume with "
                    f"num_workers={resume['num_workers'] if resume['num_workers'] > 1 else 0}."
                )
                raise ResumeMismatch(msg)
            order = resume["order"]
            if worker >= len(order):
                return  # fewer slots left than workers: this one has nothing to do
            logical, skip = order[worker], resume["positions"][order[worker]]
        else:
            logical, skip = worker, 0
        counting = info is None and not self._tracking
        if counting:  # iterated directly (no DataLoader): every row counts as one "batch"
            self._loader = {"num_workers": 1, "batch_size": None, "drop_last": False}
            self._batches = 0
        slot = rank * workers + logical
        units = self.plan(world * workers)[slot]
        for row in self._slot_rows(units, slot, skip):
            if counting:
                self._batches += 1
            yield row if self.transform is None else self.transform(row)

    def _slot_rows(self, units: list[ReadUnit], slot: int, skip: int) -> Iterator[dict[str, Any]]:
        batches = (
            batch
            for unit in units
            for batch in self.dataset.iter_unit(
                unit,
                columns=self.columns,
                filter=self.filter,
                batch_size=self.read_batch_size,
                verify=self.verify,
            )
        )
        if not self.shuffle or self.shuffle_buffer <= 1:
            seen = 0
            for batch in batches:
                if seen + batch.num_rows <= skip:
                    seen += batch.num_rows
                    continue
                start = max(0, skip - seen)
                seen += batch.num_rows
                yield from batch.slice(start).to_pylist()
            return
        # Bounded shuffle buffer over (batch number, row) references; a batch is turned into
        # Python rows only when its first row leaves the buffer past the resume point.
        rng = random.Random(f"datalab-rows:{self.seed}:{self.epoch}:{slot}")
        held: dict[int, list[Any]] = {}  # batch number -> [record batch, rows or None, left]
        buffer: list[tuple[int, int]] = []
        emitted = 0

        def take(ref: tuple[int, int]) -> dict[str, Any] | None:
            nonlocal emitted
            number, index = ref
            entry = held[number]
            entry[2] -= 1
            row = None
            if emitted >= skip:
                if entry[1] is None:
                    entry[1] = entry[0].to_pylist()
                row = entry[1][index]
            if entry[2] == 0:
                del held[number]
            emitted += 1
            return row

        size, draw = self.shuffle_buffer, rng.random
        for number, batch in enumerate(batches):
            held[number] = [batch, None, batch.num_rows]
            index = 0
            if len(buffer) < size:  # still filling: no row leaves yet
                index = min(size - len(buffer), batch.num_rows)
                buffer.extend((number, i) for i in range(index))
            for i in range(index, batch.num_rows):
                pick = int(draw() * size)
                out, buffer[pick] = buffer[pick], (number, i)
                row = take(out)
                if row is not None:
                    yield row
        rng.shuffle(buffer)
        for ref in buffer:
            row = take(ref)
            if row is not None:
                yield row

    # -- positions ---------------------------------------------------------------------------

    def track(self, loader: torch.utils.data.DataLoader) -> Iterator[Any]:
        """Iterate `loader` (built on this dataset) and count the batches the loop receives,
        so that `state_dict()` knows the position. Use it in place of `for batch in loader`."""
        if loader.dataset is not self:
            msg = "track() needs a DataLoader built on this dataset: DataLoader(ds, ...)."
            raise ValueError(msg)
        config = {
            "num_workers": max(loader.num_workers, 1),
            "batch_size": loader.batch_size,
            "drop_last": bool(loader.drop_last),
        }
        resume = self._resume if self._resume and self._resume["epoch"] == self.epoch else None
        if resume is not None:
            saved = {k: resume[k] for k in config}
            if saved != config:
                msg = (
                    f"the saved data position was taken with DataLoader settings {saved} but this "
                    f"loader has {config}: build the DataLoader with the saved settings to resume."
                )
                raise ResumeMismatch(msg)
        self._all_units()  # read Parquet footers once here, not once per worker
        self._loader = config
        self._batches = 0
        self._tracking = True
        try:
            for batch in loader:
                self._batches += 1
                yield batch
        finally:
            self._tracking = False

    def _slot_totals(self, workers: int) -> list[int]:
        rank, world = self.rank, self.world_size
        slots = self.plan(world * workers)[rank * workers : (rank + 1) * workers]
        return [sum(self.dataset.count_rows(units, self.filter)) for units in slots]

    def state_dict(self) -> dict[str, Any]:
        """The position of this rank in the current epoch, as a small JSON-able dict.

        Counts the batches taken through `track(loader)` (or rows of direct iteration) since
        the loader started, on top of a restored position if there was one.
        """
        resume = self._resume if self._resume and self._resume["epoch"] == self.epoch else None
        config = self._loader or (
            {k: resume[k] for k in ("num_workers", "batch_size", "drop_last")}
            if resume is not None
            else {"num_workers": 1, "batch_size": None, "drop_last": False}
        )
        workers = config["num_workers"]
        if resume is not None:
            positions, order = list(resume["positions"]), list(resume["order"])
        else:
            positions, order = [0] * workers, list(range(workers))
        if self._batches:
            totals = self._slot_totals(workers)
            size = config["batch_size"] or 1
            drop_last = config["drop_last"]

            def available(slot: int) -> int:
                left = totals[slot] - positions[slot]
                return left >= size if drop_last else left > 0

            order = [s for s in order if available(s)]
            turn = 0
            for _ in range(self._batches):
                if not order:
                    msg = (
                        f"{self._batches} batches were counted but this rank's slots hold fewer: "
                        "the dataset or the loader settings changed under the running loader."
                    )
                    raise ResumeMismatch(msg)
                slot = order[turn]
                positions[slot] += min(size, totals[slot] - positions[slot])
                if available(slot):
                    turn += 1
                else:
                    order.pop(turn)
                if order:
                    turn %= len(order)
            order = order[turn:] + order[:turn]
        return {
            "version": STATE_VERSION,
            "dataset": self.dataset.manifest.get("run_id"),
            "epoch": self.epoch,
            "seed": self.seed,
            "shuffle": self.shuffle,
            "split": self.split,
            "rank": self.rank,
            "world_size": self.world_size,
            **config,
            "positions": positions,
            "order": order,
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        """Restore a position saved by `state_dict()` (call before iterating the new loader)."""
        if state.get("version") != STATE_VERSION:
            msg = f"unknown data-position format {state.get('version')!r}; expected {STATE_VERSION}."
            raise ResumeMismatch(msg)
        checks = {
            "dataset": self.dataset.manifest.get("run_id"),
            "seed": self.seed,
            "shuffle": self.shuffle,
            "split": self.split,
            "rank": self.rank,
            "world_size": self.world_size,
        }
        wrong = {k: (state[k], v) for k, v in checks.items() if state.get(k) != v}
        if wrong:
            detail = ", ".join(f"{k}: saved {s!r}, now {n!r}" for k, (s, n) in wrong.items())
            msg = (
                f"cannot resume: the saved position belongs to another setup ({detail}). Open the "
                "same release with the same seed, shuffle and split, on the same rank layout."
            )
            raise ResumeMismatch(msg)
        self.epoch = int(state["epoch"])
        self._resume = dict(state)
        self._loader = None
        self._batches = 0
