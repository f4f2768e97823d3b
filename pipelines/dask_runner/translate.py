"""Translate a Beam pipeline into one Dask task graph.

The pipeline's transform tree is walked in application order (which is topological). Every
output *PCollection* gets its own Dask bag: a multi-output ParDo yields one bag per tag, so each
consumer sees exactly the elements of the PCollection it reads. Primitives are translated
(Impulse, ParDo, GroupByKey, Flatten); a few composites are translated as a whole because Dask
does them better than their expansion (bounded `Read`, `Reshuffle`, `CombinePerKey` with
combiner lifting); every other composite is walked into. PCollections that nothing consumes are
the leaves: each is drained on the workers, so every sink runs, not only the last one visited.
"""

from __future__ import annotations

import itertools
import operator
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import dask.bag as db
from apache_beam import coders, pvalue
from apache_beam.internal import pickler
from apache_beam.io import iobase
from apache_beam.pipeline import AppliedPTransform, Pipeline
from apache_beam.runners.common import DoFnSignature
from apache_beam.transforms import core, util
from apache_beam.transforms.window import GlobalWindows
from apache_beam.typehints import trivial_inference
from dask.delayed import Delayed
from dask.highlevelgraph import HighLevelGraph

from pipelines.dask_runner import execution

_DEFAULT_BUNDLE_BYTES = 64 * 1024 * 1024


class UnsupportedTransform(NotImplementedError):
    """The pipeline uses a Beam feature this runner does not execute."""


@dataclass
class Translation:
    """The Dask graph of one pipeline: a bag per PCollection and the leaves to compute."""

    run_id: str
    partitions: int
    bags: dict[pvalue.PCollection, db.Bag] = field(default_factory=dict)
    consumed: set[pvalue.PCollection] = field(default_factory=set)
    _names: itertools.count = field(default_factory=itertools.count)

    def leaves(self) -> dict[str, Delayed]:
        """One delayed element count per PCollection that no transform consumes, by label."""
        out: dict[str, Delayed] = {}
        for pcoll, bag in self.bags.items():
            if pcoll in self.consumed:
                continue
            label = f"{pcoll.producer.full_label}.{pcoll.tag or 'main'}"
            counts = self._name("count", label)
            layer = {(counts, i): (execution.count, (bag.name, i)) for i in range(bag.npartitions)}
            key = (self._name("total", label), 0)
            layer[key] = (execution.total, [(counts, i) for i in range(bag.npartitions)])
            out[label] = Delayed(key, HighLevelGraph.from_collections(key[0], layer, [bag]), layer=key[0])
        return out

    # -- helpers --------------------------------------------------------------------------------

    def _name(self, kind: str, label: str) -> str:
        readable = re.sub(r"[^A-Za-z0-9_.]+", "_", label)[-60:]
        return f"{kind}-{readable}-{next(self._names)}-{self.run_id[:8]}"

    def _bag(self, name: str, layer: dict, deps: Sequence[Any], npartitions: int) -> db.Bag:
        return db.Bag(HighLevelGraph.from_collections(name, layer, list(deps)), name, npartitions)

    def _input(self, node: AppliedPTransform, pcoll: pvalue.PValue) -> db.Bag:
        if not isinstance(pcoll, pvalue.PCollection) or pcoll not in self.bags:
            msg = f"{node.full_label!r} reads {pcoll}, which no translated transform produced"
            raise UnsupportedTransform(msg)
        _check_global_windows(node, pcoll)
        self.consumed.add(pcoll)
        return self.bags[pcoll]

    def _shuffle(self, label: str, split_layer: dict, split_name: str, n_in: int):
        """Names the (input, output) buckets of a split so that each output task pulls only its
        own bucket of every input partition, never whole split results."""
        buckets = self._name("bucket", label)
        layer = dict(split_layer)
        for i in range(n_in):
            for j in range(self.partitions):
                layer[(buckets, i, j)] = (operator.getitem, (split_name, i), j)
        return buckets, layer

    # -- the walk -------------------------------------------------------------------------------

    def visit(self, node: AppliedPTransform) -> None:
        transform = node.transform
        if transform is None:  # the root
            for part in node.parts:
                self.visit(part)
        elif isinstance(transform, iobase.Read):
            self._read(node)
        elif isinstance(transform, util.Reshuffle):
            self._reshuffle(node)
        elif isinstance(transform, core.CombinePerKey) and not (transform.args or transform.kwargs):
            self._combine_per_key(node)
        elif isinstance(transform, core.Impulse):
            self._impulse(node)
        elif isinstance(transform, core.ParDo):
            self._pardo(node)
        elif isinstance(transform, core.GroupByKey):
            self._group_by_key(node)
        elif isinstance(transform, core.Flatten):
            self._flatten(node)
        elif node.parts:
            for part in node.parts:
                self.visit(part)
        elif not all(out in self.bags for out in node.outputs.values()):
            msg = (
                f"the Dask runner cannot execute {type(transform).__name__} "
                f"({node.full_label!r}); run this pipeline on the local runner instead"
            )
            raise UnsupportedTransform(msg)
        # else: a composite that returns its input unchanged (e.g. Create's MaybeReshuffle).

    def _set_output(self, node: AppliedPTransform, bag: db.Bag) -> None:
        (output,) = node.outputs.values()
        self.bags[output] = bag

    def _impulse(self, node: AppliedPTransform) -> None:
        name = self._name("impulse", node.full_label)
        self._set_output(node, self._bag(name, {(name, 0): [b""]}, [], 1))

    def _read(self, node: AppliedPTransform) -> None:
        source = node.transform.source
        if not isinstance(source, iobase.BoundedSource):
            msg = f"{node.full_label!r} reads an unbounded source; the Dask runner is batch-only"
            raise UnsupportedTransform(msg)
        estimate = source.estimate_size() or 0
        bundle_bytes = max(estimate // self.partitions, 1) if estimate else _DEFAULT_BUNDLE_BYTES
        bundles = list(source.split(desired_bundle_size=bundle_bytes)) or []
        name = self._name("read", node.full_label)
        layer = {(name, i): (execution.read_bundle, bundle) for i, bundle in enumerate(bundles)}
        if not layer:
            layer = {(name, 0): []}
        self._set_output(node, self._bag(name, layer, [], len(layer)))

    def _pardo(self, node: AppliedPTransform) -> None:
        transform: core.ParDo = node.transform
        (main,) = node.main_inputs.values()
        source = self._input(node, main)
        if isinstance(transform, core.WindowInto) and not isinstance(
            transform.windowing.windowfn, GlobalWindows
        ):
            msg = f"{node.full_label!r} windows into {transform.windowing.windowfn}; "
            msg += "the Dask runner supports only the global window"
            raise UnsupportedTransform(msg)
        signature = DoFnSignature(transform.dofn)
        if signature.is_stateful_dofn() or signature.is_splittable_dofn():
            kind = "stateful" if signature.is_stateful_dofn() else "splittable"
            msg = f"{node.full_label!r} is a {kind} DoFn, which the Dask runner does not execute"
            raise UnsupportedTransform(msg)

        collected = [self._collect(node, self._input(node, si.pvalue)) for si in node.side_inputs]
        side_keys = [key for _, key in collected]
        tags = tuple(node.outputs)
        payload = execution.ParDoPayload(
            token=f"{self.run_id}/{node.full_label}",
            step_name=node.full_label,
            pickled=pickler.dumps(
                (
                    transform.dofn,
                    transform.args,
                    transform.kwargs,
                    [(type(si), si._view_options()) for si in node.side_inputs],
                )
            ),
            tags=tags,
        )
        name = self._name("pardo", node.full_label)
        layer = {
            (name, i): (execution.run_pardo, payload, (source.name, i), *side_keys)
            for i in range(source.npartitions)
        }
        deps = [source, *(bag for bag, _ in collected)]
        results = self._bag(name, layer, deps, source.npartitions)
        for index, tag in enumerate(tags):
            out = self._name("out", f"{node.full_label}.{tag}")
            split = {
                (out, i): (operator.getitem, (name, i), index) for i in range(source.npartitions)
            }
            self.bags[node.outputs[tag]] = self._bag(out, split, [results], source.npartitions)

    def _collect(self, node: AppliedPTransform, bag: db.Bag) -> tuple[db.Bag, tuple[str, int]]:
        """A side input: the whole PCollection as one list, computed once and then sent to each
        worker once (Dask keeps it in worker memory for every task that needs it)."""
        name = self._name("side", node.full_label)
        layer = {(name, 0): (execution.concat, [(bag.name, i) for i in range(bag.npartitions)])}
        collected = self._bag(name, layer, [bag], 1)
        return collected, (name, 0)

    def _group_by_key(self, node: AppliedPTransform) -> None:
        (pcoll,) = node.inputs
        source = self._input(node, pcoll)
        key_coder = _key_coder(node, pcoll)
        split = self._name("split", node.full_label)
        split_layer = {
            (split, i): (execution.split_by_key, (source.name, i), key_coder, self.partitions)
            for i in range(source.npartitions)
        }
        self._set_output(node, self._merge(node, source, split, split_layer, execution.group_by_key))

    def _reshuffle(self, node: AppliedPTransform) -> None:
        (pcoll,) = node.inputs
        source = self._input(node, pcoll)
        split = self._name("spread", node.full_label)
        split_layer = {
            (split, i): (execution.split_round_robin, (source.name, i), self.partitions, i)
            for i in range(source.npartitions)
        }
        self._set_output(node, self._merge(node, source, split, split_layer, execution.concat))

    def _combine_per_key(self, node: AppliedPTransform) -> None:
        (pcoll,) = node.inputs
        source = self._input(node, pcoll)
        key_coder = _key_coder(node, pcoll)
        fn = pickler.dumps(node.transform.fn)
        split = self._name("partial", node.full_label)
        split_layer = {
            (split, i): (execution.combine_partial, (source.name, i), fn, key_coder, self.partitions)
            for i in range(source.npartitions)
        }
        merged = self._merge(node, source, split, split_layer, execution.combine_merge, fn)
        self._set_output(node, merged)

    def _merge(self, node, source: db.Bag, split: str, split_layer: dict, merge_fn, *args) -> db.Bag:
        buckets, layer = self._shuffle(node.full_label, split_layer, split, source.npartitions)
        name = self._name("merge", node.full_label)
        for j in range(self.partitions):
            parts = [(buckets, i, j) for i in range(source.npartitions)]
            layer[(name, j)] = (merge_fn, parts, *args)
        return self._bag(name, layer, [source], self.partitions)

    def _flatten(self, node: AppliedPTransform) -> None:
        sources = [self._input(node, pcoll) for pcoll in node.inputs]
        name = self._name("flatten", node.full_label)
        layer: dict = {}
        for source in sources:
            for i in range(source.npartitions):
                layer[(name, len(layer))] = (execution.concat, [(source.name, i)])
        if not layer:
            layer[(name, 0)] = []
        self._set_output(node, self._bag(name, layer, sources, len(layer)))


def translate(pipeline: Pipeline, *, partitions: int, run_id: str | None = None) -> Translation:
    """The Dask graph of `pipeline`; shuffles (GroupByKey, Reshuffle, CombinePerKey) produce
    `partitions` partitions."""
    translation = Translation(run_id=run_id or uuid.uuid4().hex, partitions=partitions)
    translation.visit(pipeline.transforms_stack[0])
    return translation


def _key_coder(node: AppliedPTransform, pcoll: pvalue.PCollection) -> coders.Coder:
    """A deterministic coder for the keys of `pcoll`: equal keys encode to equal bytes in every
    process, which is what both partitioning and grouping rely on."""
    key_type, _ = trivial_inference.key_value_types(pcoll.element_type)
    return coders.registry.get_coder(key_type).as_deterministic_coder(node.full_label)


def _check_global_windows(node: AppliedPTransform, pcoll: pvalue.PCollection) -> None:
    windowfn = pcoll.windowing.windowfn
    if not isinstance(windowfn, GlobalWindows):
        msg = (
            f"{node.full_label!r} reads a PCollection windowed by {windowfn}; the Dask runner "
            "supports only the global window"
        )
        raise UnsupportedTransform(msg)
    if not pcoll.is_bounded:
        msg = f"{node.full_label!r} reads an unbounded PCollection; the Dask runner is batch-only"
        raise UnsupportedTransform(msg)
