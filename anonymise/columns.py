"""Structured columns declared as identifiers: transformed as a whole, without NER.

Each distinct value is transformed once (`dictionary_encode` then `take`), so a column of a
million rows with ten thousand distinct e-mails costs ten thousand HMACs, not a million.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from anonymise.operators import apply, generalise
from schemas.steps.anonymise import ColumnRule


def column_entity(name: str, rule: ColumnRule) -> str:
    return rule.entity or name.upper()


def transform_column(array: pa.Array | pa.ChunkedArray, name: str, rule: ColumnRule,
                     key: bytes | None) -> pa.Array | None:
    """The transformed column (None when the rule drops it). Output is a string column except
    for `keep` (unchanged) and `generalise` of temporal columns to a year (int32 stays useful)."""
    op = rule.operator
    if op.type == "drop":
        return None
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if op.type == "keep":
        return array
    if op.type == "generalise" and (pa.types.is_temporal(array.type)) and op.generalise_to in (None, "year"):
        return pc.year(array).cast(pa.int32())
    if op.type == "generalise" and pa.types.is_temporal(array.type) and op.generalise_to == "month":
        return pc.strftime(array, format="%Y-%m")
    entity = column_entity(name, rule)
    encoded = array.dictionary_encode()
    dictionary = encoded.dictionary.to_pylist()
    if op.type == "generalise":
        values = [generalise(v, op) for v in dictionary]
    else:
        values = [None if v is None else apply(str(v), entity, op, key) for v in dictionary]
    return pa.array(values, pa.string()).take(encoded.indices)
