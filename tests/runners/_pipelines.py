"""Small pipelines and a collecting sink, run on several runners by the tests of this folder."""

from __future__ import annotations

import os
import pickle
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import apache_beam as beam
import pyarrow as pa
from apache_beam.options.pipeline_options import PipelineOptions


class DumpFn(beam.DoFn):
    """A sink: each bundle's elements go to one pickle file under `folder/name/`."""

    def __init__(self, folder: str, name: str) -> None:
        self._dir = os.path.join(folder, name)

    def start_bundle(self) -> None:
        self._items: list[Any] = []

    def process(self, element):
        self._items.append(element)

    def finish_bundle(self) -> None:
        os.makedirs(self._dir, exist_ok=True)
        with open(os.path.join(self._dir, f"{uuid.uuid4().hex}.pkl"), "wb") as f:
            pickle.dump(self._items, f)


def dump(pcoll: beam.PCollection, folder: str, name: str) -> None:
    _ = pcoll | f"Dump {name}" >> beam.ParDo(DumpFn(folder, name))


def collected(folder: str | Path, name: str) -> list[Any] | None:
    """Everything the sink `name` received (None if it never ran)."""
    path = Path(folder, name)
    if not path.exists():
        return None
    return [item for file in sorted(path.glob("*.pkl")) for item in pickle.loads(file.read_bytes())]


def run(build, folder: str, runner: Any = None, args: list[str] | None = None) -> Any:
    options = PipelineOptions(args or [])
    with beam.Pipeline(runner=runner, options=options) as p:
        build(p, folder)
    return p.result


# -- the feature pipeline ------------------------------------------------------------------------


def split_fives(x: int):
    if x % 5 == 0:
        yield beam.pvalue.TaggedOutput("fives", x)
    else:
        yield x


def add_total(x: int, total: int, table: dict, listed: list, iterated) -> tuple:
    return (x, total, table[x % 3], len(listed), sum(1 for _ in iterated))


def features(p: beam.Pipeline, out: str) -> None:
    """Side outputs, Partition, Flatten, every side-input view, CombinePerKey/Globally,
    GroupByKey on str/bytes/tuple/int keys and two text files as sinks."""
    nums = p | "Numbers" >> beam.Create(list(range(100)))
    parts = nums | "SplitFives" >> beam.ParDo(split_fives).with_outputs("fives", main="rest")
    dump(parts.rest, out, "rest")
    dump(parts.fives, out, "fives")
    evens, odds, threes = nums | "Partition" >> beam.Partition(
        lambda x, n: 2 if x % 3 == 0 else x % 2, 3
    )
    dump(evens, out, "evens")
    dump(odds, out, "odds")
    dump(threes, out, "threes")
    dump((parts.rest, parts.fives, evens) | "Flatten" >> beam.Flatten(), out, "flattened")

    total = nums | "Sum" >> beam.CombineGlobally(sum)
    table = p | "Table" >> beam.Create([(0, "zero"), (1, "one"), (2, "two")])
    side = nums | "WithSides" >> beam.Map(
        add_total,
        beam.pvalue.AsSingleton(total),
        beam.pvalue.AsDict(table),
        beam.pvalue.AsList(odds),
        beam.pvalue.AsIter(threes),
    )
    dump(side, out, "side_inputs")

    keyed = {
        "str": lambda x: f"key-{x % 7}",
        "bytes": lambda x: f"k{x % 7}".encode(),
        "tuple": lambda x: (x % 2, f"t{x % 3}", b"b"),
        "int": lambda x: x % 11,
    }
    for kind, key_fn in keyed.items():
        pairs = nums | f"Key {kind}" >> beam.Map(lambda x, f=key_fn: (f(x), x))
        grouped = (
            pairs
            | f"Group {kind}" >> beam.GroupByKey()
            | f"Sort {kind}" >> beam.MapTuple(lambda k, vs: (k, sorted(vs)))
        )
        dump(grouped, out, f"group_{kind}")
        dump(pairs | f"Combine {kind}" >> beam.CombinePerKey(sum), out, f"combine_{kind}")
    dump(nums | "Mean" >> beam.combiners.Mean.Globally(), out, "mean")
    empty = p | "Empty" >> beam.Create([]).with_output_types(int)
    dump(empty | "SumEmpty" >> beam.CombineGlobally(sum), out, "sum_empty")

    _ = parts.rest | "RestText" >> beam.Map(str) | "WriteRest" >> beam.io.WriteToText(
        os.path.join(out, "text", "rest")
    )
    _ = parts.fives | "FivesText" >> beam.Map(str) | "WriteFives" >> beam.io.WriteToText(
        os.path.join(out, "text", "fives")
    )


FEATURE_OUTPUTS = [
    "rest", "fives", "evens", "odds", "threes", "flattened", "side_inputs", "mean", "sum_empty",
    *(f"{op}_{kind}" for op in ("group", "combine") for kind in ("str", "bytes", "tuple", "int")),
]


def text_lines(out: str, name: str) -> list[str]:
    return [line for f in Path(out, "text").glob(f"{name}-*") for line in f.read_text().split()]


def multiset(items: list[Any]) -> Counter:
    return Counter(repr(item) for item in items)


# -- Arrow batches ---------------------------------------------------------------------------------


def make_batches(n_batches: int = 6, rows: int = 500) -> list[pa.RecordBatch]:
    return [
        pa.record_batch(
            {
                "id": pa.array([f"{b}-{r}" for r in range(rows)]),
                "text": pa.array([f"text {r % 37} of batch {b}" for r in range(rows)]),
                "n": pa.array(list(range(b * rows, (b + 1) * rows)), pa.int64()),
            }
        )
        for b in range(n_batches)
    ]


class KernelFn(beam.DoFn):
    """Batch in, kept batch + rejected batch + stats out, as the stage contract does."""

    def process(self, batch: pa.RecordBatch):
        import pyarrow.compute as pc

        keep = pc.not_equal(pc.bit_wise_and(batch["n"], 3), 0)
        yield batch.filter(keep)
        yield beam.pvalue.TaggedOutput("removed", batch.filter(pc.invert(keep)))
        yield beam.pvalue.TaggedOutput("stats", {"rows": batch.num_rows})


def bucket_rows(batch: pa.RecordBatch):
    import pyarrow.compute as pc

    buckets = pc.utf8_slice_codeunits(batch["text"], 0, 6)
    for value in pc.unique(buckets).to_pylist():
        yield value, batch.filter(pc.equal(buckets, value))


def arrow_pipeline(p: beam.Pipeline, out: str) -> None:
    batches = p | "Batches" >> beam.Create(make_batches())
    parts = batches | "Kernel" >> beam.ParDo(KernelFn()).with_outputs("removed", "stats", main="kept")
    dump(parts.kept, out, "kept")
    dump(parts.removed, out, "removed")
    dump(parts.stats | "Rows" >> beam.Map(lambda s: s["rows"]) | beam.CombineGlobally(sum), out, "rows")
    grouped = (
        parts.kept
        | "Bucket" >> beam.FlatMap(bucket_rows)
        | "GroupBatches" >> beam.GroupByKey()
        | "Concat" >> beam.MapTuple(lambda k, bs: (k, pa.Table.from_batches(list(bs)).num_rows))
    )
    dump(grouped, out, "bucket_rows")


def table_rows(batches: list[pa.RecordBatch]) -> list[tuple]:
    """Rows of several batches as sorted tuples (order across batches is not defined)."""
    if not batches:
        return []
    table = pa.Table.from_batches(batches)
    return sorted(zip(*(table[c].to_pylist() for c in table.column_names), strict=True))


def portable_args(services) -> list[str]:
    """Beam arguments that run a pipeline through `portable_services`."""
    job_endpoint, pool_endpoint, _, _ = services
    return [
        "--runner=PortableRunner",
        f"--job_endpoint={job_endpoint}",
        "--environment_type=EXTERNAL",
        f"--environment_config={pool_endpoint}",
    ]
