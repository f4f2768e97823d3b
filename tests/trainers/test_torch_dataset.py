"""DatalabIterableDataset with the real torch DataLoader: split, shuffle, exact resume."""

from __future__ import annotations

import warnings

import pyarrow.compute as pc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

torch = pytest.importorskip("torch")
from torch.utils.data import DataLoader  # noqa: E402

from datalab.reader import open_dataset  # noqa: E402
from datalab.torch_dataset import DatalabIterableDataset, ResumeMismatch  # noqa: E402

warnings.filterwarnings("ignore", message=".*worker processes in total.*")


def ids_of(batch) -> list[str]:
    return list(batch["id"])


def run_loader(ds, *, batch_size=5, num_workers=3, drop_last=False, stop=None):
    loader = DataLoader(ds, batch_size=batch_size, num_workers=num_workers, drop_last=drop_last)
    batches = []
    for batch in ds.track(loader):
        batches.append(ids_of(batch))
        if stop is not None and len(batches) == stop:
            break
    return batches


@pytest.mark.parametrize("split", ["row_group", "shard"])
def test_two_ranks_three_workers_see_every_row_exactly_once(small_dataset_dir, split):
    expected = set(open_dataset(small_dataset_dir).to_table(columns=["id"])["id"].to_pylist())
    seen: list[str] = []
    for rank in range(2):
        ds = DatalabIterableDataset(
            small_dataset_dir, columns=["id"], shuffle=True, seed=11, shuffle_buffer=16,
            split=split, rank=rank, world_size=2,
        )
        seen += [i for batch in run_loader(ds, batch_size=4) for i in batch]
    assert len(seen) == len(expected) == 103
    assert set(seen) == expected


def test_ranks_are_balanced_by_row_groups(dataset_dir):
    ds = DatalabIterableDataset(dataset_dir, rank=0, world_size=2)
    slots = ds.plan(6)
    loads = [sum(u.rows for u in units) for units in slots]
    assert sum(loads) == 1000 and max(loads) - min(loads) <= 25  # one row group at most


def test_same_seed_same_order_and_other_seed_other_order(small_dataset_dir):
    def order(seed, workers=0):
        ds = DatalabIterableDataset(small_dataset_dir, columns=["id"], shuffle=True, seed=seed,
                                    shuffle_buffer=20)
        if workers:
            return [i for b in run_loader(ds, num_workers=workers) for i in b]
        return [row["id"] for row in ds]

    first = order(5)
    assert first == order(5)
    assert sorted(first) == sorted(order(6)) and first != order(6)
    assert order(5, workers=3) == order(5, workers=3)


def test_epochs_reshuffle_deterministically(small_dataset_dir):
    ds = DatalabIterableDataset(small_dataset_dir, columns=["id"], shuffle=True, seed=1)
    epoch0 = [r["id"] for r in ds]
    ds.set_epoch(1)
    epoch1 = [r["id"] for r in ds]
    assert sorted(epoch0) == sorted(epoch1) and epoch0 != epoch1
    ds.set_epoch(0)
    assert [r["id"] for r in ds] == epoch0


def test_unshuffled_single_process_is_manifest_order(small_dataset_dir):
    ds = DatalabIterableDataset(small_dataset_dir, columns=["n"])
    assert [r["n"] for r in ds] == list(range(103))


@pytest.mark.parametrize(
    ("stop", "batch_size", "drop_last", "rank"),
    [(1, 5, False, 0), (4, 5, False, 1), (7, 3, False, 0), (9, 4, True, 1), (11, 5, False, 0)],
)
def test_resume_mid_epoch_with_workers_is_exact(small_dataset_dir, stop, batch_size, drop_last, rank):
    def make():
        return DatalabIterableDataset(small_dataset_dir, columns=["id"], shuffle=True, seed=3,
                                      shuffle_buffer=8, rank=rank, world_size=2)

    reference = run_loader(make(), batch_size=batch_size, drop_last=drop_last)
    first = make()
    head = run_loader(first, batch_size=batch_size, drop_last=drop_last, stop=stop)
    state = first.state_dict()
    resumed = make()
    resumed.load_state_dict(state)
    tail = run_loader(resumed, batch_size=batch_size, drop_last=drop_last)
    assert head == reference[:stop]
    assert tail == reference[stop:]
    # a second stop inside the resumed run composes
    again = make()
    again.load_state_dict(state)
    part = run_loader(again, batch_size=batch_size, drop_last=drop_last, stop=2)
    state2 = again.state_dict()
    last = make()
    last.load_state_dict(state2)
    assert part + run_loader(last, batch_size=batch_size, drop_last=drop_last) == reference[stop:]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(stop=st.integers(min_value=0, max_value=103), buffer=st.sampled_from([1, 5, 64]),
       seed=st.integers(0, 3))
def test_resume_single_process_at_any_row(small_dataset_dir, stop, buffer, seed):
    def make():
        return DatalabIterableDataset(small_dataset_dir, columns=["id"], shuffle=True, seed=seed,
                                      shuffle_buffer=buffer, filter=pc.field("lang") == "en")

    reference = [r["id"] for r in make()]
    ds = make()
    head = []
    rows = iter(ds)
    while len(head) < stop:
        try:
            head.append(next(rows)["id"])
        except StopIteration:
            break
    state = ds.state_dict()
    resumed = make()
    resumed.load_state_dict(state)
    assert head + [r["id"] for r in resumed] == reference


def test_resume_refuses_other_loader_settings(small_dataset_dir):
    ds = DatalabIterableDataset(small_dataset_dir, columns=["id"], shuffle=True)
    run_loader(ds, num_workers=2, stop=2)
    state = ds.state_dict()
    other = DatalabIterableDataset(small_dataset_dir, columns=["id"], shuffle=True)
    other.load_state_dict(state)
    with pytest.raises(ResumeMismatch, match="num_workers"):
        run_loader(other, num_workers=0)
    wrong_seed = DatalabIterableDataset(small_dataset_dir, columns=["id"], shuffle=True, seed=9)
    with pytest.raises(ResumeMismatch, match="seed"):
        wrong_seed.load_state_dict(state)


def test_unknown_column_fails_at_construction(small_dataset_dir):
    with pytest.raises(KeyError, match="nope"):
        DatalabIterableDataset(small_dataset_dir, columns=["nope"])
