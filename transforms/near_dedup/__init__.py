"""Near-duplicate removal with MinHash LSH (stage `near_dedup`, command `datalab dedup`).

Pure kernels: `shingles` (vectorised shingle hashes), `minhash` (datasketch-compatible
signatures, band keys, band/row choice), `cluster` (candidate pairs, exact Jaccard, connected
components, keep rule), `index` (the per-release index format). `stage.build_stage` is the Beam
composite.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import apache_beam as beam

    from schemas.steps.near_dedup import NearDedupStep
    from transforms.stage import StageContext, StageOutputs

__all__ = ["build_stage"]


def build_stage(pcoll: beam.PCollection, step: NearDedupStep, ctx: StageContext) -> StageOutputs:
    from transforms.near_dedup.stage import build_stage as build

    return build(pcoll, step, ctx)
