"""Beam transforms over Arrow record batches: normalise, filter, exact and near dedup, shards.

Every stage is a plain function over a `pyarrow.RecordBatch` (testable without Beam) plus a thin
Beam wrapper built by `transforms.stage.map_batches` or, for stages that need a global view, a
composite transform returning `transforms.stage.StageOutputs`.
"""
