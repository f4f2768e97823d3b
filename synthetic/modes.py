"""How many synthetic rows, of which categories, under which constraints.

`rows`/`ratio` fix the number of rows; `balance` plans conditional sampling so that every category
of a column reaches a target share of the output; the spec's constraints become SDV constraints
(and are checked again on the sampled rows, so a report can show they hold).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from datalab.errors import StageFailed

if TYPE_CHECKING:
    import pandas as pd

    from schemas.steps.synthesise import SynthesiseStep


def requested_rows(step: SynthesiseStep, real_rows: int) -> int | None:
    """Rows asked for by `rows`/`ratio` (None when only `balance` decides)."""
    if step.rows is not None:
        return step.rows
    if step.ratio is not None:
        return max(1, round(step.ratio * real_rows))
    return None


def balance_plan(counts: dict[Any, int], *, share: float | None, total: int | None) -> dict[Any, int]:
    """Synthetic rows per category so that the output's rarest categories rise to `share`.

    Without `total`, the smallest number of rows for which every category holds at least `share`
    of the output (real + synthetic); with `total`, those rows go to the rarest categories first
    (water-filling), and any surplus is spread evenly so that shares stay as equal as possible."""
    if not counts:
        msg = "balance: the column has no non-null value to balance"
        raise StageFailed(msg)
    k = len(counts)
    share = 1.0 / k if share is None else share
    if share * k > 1 + 1e-9:
        msg = (
            f"balance: a share of {share} for each of {k} categories adds up to more than 1; "
            f"lower `balance_share` to at most {1 / k:.4f}"
        )
        raise StageFailed(msg)
    real = sum(counts.values())
    if total is None:
        total = _rows_for_share(counts, share, real)
    return _water_fill(counts, total)


def _rows_for_share(counts: dict[Any, int], share: float, real: int) -> int:
    """Smallest synthetic count M such that every category holds >= `share` of real + M rows."""

    def deficit(n_out: int) -> int:
        return sum(max(0, math.ceil(share * n_out - 1e-9) - c) for c in counts.values())

    def gap(n_out: float) -> float:
        # Real-valued deficit minus the rows added: convex, non-increasing (share * k <= 1).
        return sum(max(0.0, share * n_out - c) for c in counts.values()) - (n_out - real)

    low, high = real, max(real, math.ceil(max(counts.values()) / share) + 1)
    while low < high:
        middle = (low + high) // 2
        if gap(middle) <= 1e-9:
            high = middle
        else:
            low = middle + 1
    n_out = low
    while deficit(n_out) > n_out - real:  # rounding up to whole rows; a few steps at most
        n_out += 1
    return n_out - real


def _water_fill(counts: dict[Any, int], total: int) -> dict[Any, int]:
    """Add `total` rows to the categories, always to the currently smallest one (in bulk)."""
    keys = sorted(counts, key=lambda key: (counts[key], str(key)))
    levels = np.array([counts[key] for key in keys], dtype=np.int64)
    added = np.zeros(len(keys), dtype=np.int64)
    remaining = total
    while remaining > 0:
        current = levels + added
        lowest = current.min()
        at_lowest = np.flatnonzero(current == lowest)
        above = current[current > lowest]
        step = int(above.min() - lowest) if above.size else math.ceil(remaining / at_lowest.size)
        need = step * at_lowest.size
        if need <= remaining:
            added[at_lowest] += step
            remaining -= need
        else:
            each, extra = divmod(remaining, at_lowest.size)
            added[at_lowest] += each
            added[at_lowest[:extra]] += 1
            remaining = 0
    return {key: int(n) for key, n in zip(keys, added, strict=True) if n > 0}


# --- constraints ----------------------------------------------------------------------------


def _fixed_range_class():
    """Built lazily: SDV's base class is only importable once SDV is."""
    from sdv.cag import SingleTableProgrammableConstraint

    class FixedRange(SingleTableProgrammableConstraint):
        """`column` within fixed bounds; enforced by SDV's reject sampling (`is_valid`)."""

        def __init__(self, column_name, low=None, high=None, strict=False):
            self.column_name = column_name
            self.low = low
            self.high = high
            self.strict = strict

        def transform(self, data):
            return data

        def reverse_transform(self, transformed_data):
            return transformed_data

        def get_updated_metadata(self, metadata):
            return metadata

        def is_valid(self, synthetic_data):
            return fixed_range_valid(synthetic_data[self.column_name], self.low, self.high, self.strict)

    return FixedRange


def fixed_range_valid(values: pd.Series, low: float | None, high: float | None, strict: bool):
    import pandas as pd

    numbers = values
    if pd.api.types.is_datetime64_any_dtype(values):
        numbers = values.astype("int64") / 1e9
    ok = values.isna()
    inside = pd.Series(True, index=values.index)
    if low is not None:
        inside &= (numbers > low) if strict else (numbers >= low)
    if high is not None:
        inside &= (numbers < high) if strict else (numbers <= high)
    return (ok | inside).astype(bool)


def sdv_constraints(step: SynthesiseStep) -> list[Any]:
    """The spec's constraints as SDV constraint objects."""
    from sdv.cag import FixedCombinations, Inequality, Range

    out: list[Any] = []
    for constraint in step.constraints:
        if constraint.kind == "inequality":
            out.append(
                Inequality(
                    low_column_name=constraint.low_column,
                    high_column_name=constraint.high_column,
                    strict_boundaries=constraint.strict,
                )
            )
        elif constraint.kind == "fixed_combinations":
            out.append(FixedCombinations(column_names=constraint.columns()))
        elif constraint.low_column is not None:
            out.append(
                Range(
                    low_column_name=constraint.low_column,
                    middle_column_name=constraint.column,
                    high_column_name=constraint.high_column,
                    strict_boundaries=constraint.strict,
                )
            )
        else:
            out.append(_fixed_range_class()(constraint.column, constraint.min, constraint.max, constraint.strict))
    return out


def constraint_violations(frame: pd.DataFrame, real: pd.DataFrame, step: SynthesiseStep) -> dict[str, int]:
    """Rows of `frame` breaking each constraint, checked independently of SDV (0 everywhere when
    the constraints hold). Keys describe the constraint."""
    import pandas as pd

    result: dict[str, int] = {}
    for constraint in step.constraints:
        if constraint.kind == "inequality":
            low, high = frame[constraint.low_column], frame[constraint.high_column]
            bad = (low >= high) if constraint.strict else (low > high)
            key = f"inequality {constraint.low_column} {'<' if constraint.strict else '<='} {constraint.high_column}"
        elif constraint.kind == "fixed_combinations":
            cols = constraint.columns()
            seen = set(map(tuple, real[cols].astype(str).drop_duplicates().to_numpy()))
            bad = pd.Series([tuple(r) not in seen for r in frame[cols].astype(str).to_numpy()], index=frame.index)
            key = f"fixed_combinations {'+'.join(cols)}"
        elif constraint.low_column is not None:
            low, mid, high = (frame[c] for c in (constraint.low_column, constraint.column, constraint.high_column))
            bad = ((low >= mid) | (mid >= high)) if constraint.strict else ((low > mid) | (mid > high))
            key = f"range {constraint.low_column} <= {constraint.column} <= {constraint.high_column}"
        else:
            bad = ~fixed_range_valid(frame[constraint.column], constraint.min, constraint.max, constraint.strict)
            key = f"range {constraint.min} <= {constraint.column} <= {constraint.max}"
        result[key] = int(pd.Series(bad).fillna(False).astype(bool).sum())
    return result


def prepare_balance(model: Any, step: SynthesiseStep, train: pd.DataFrame) -> None:
    """For the Gaussian copula, one-hot encode the balanced column: conditioning on one indicator
    then moves the other columns to that category's distribution (with SDV's default uniform
    encoding, conditioning barely moves them and balanced rows look like the majority class)."""
    if step.balance is None or step.synthesizer != "gaussian_copula":
        return
    from rdt.transformers.categorical import OneHotEncoder

    from synthetic.metadata import MAIN_TABLE

    sdtype = model.get_metadata().tables[MAIN_TABLE].columns[step.balance]["sdtype"]
    if sdtype not in {"categorical", "boolean"}:
        return
    model.auto_assign_transformers({MAIN_TABLE: train})
    model.update_transformers({step.balance: OneHotEncoder()})


# --- sampling -------------------------------------------------------------------------------


def sample(synthesizer: Any, step: SynthesiseStep, real: pd.DataFrame, total: int | None) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Synthetic rows (all columns the model learnt) and what was planned. `total` is the count
    from `rows`/`ratio`, None when `balance` alone decides."""
    import pandas as pd

    if step.balance is None:
        from synthetic.synthesizer import single

        frame = single(synthesizer.sample(num_rows=total, batch_size=min(total, 50_000)))
        return frame.reset_index(drop=True), {"rows": int(len(frame))}
    from sdv.sampling import Condition

    column = real[step.balance]
    counts = {key: int(n) for key, n in column.dropna().value_counts().items()}
    plan = balance_plan(counts, share=step.balance_share, total=total)
    conditions = [Condition(num_rows=n, column_values={step.balance: _plain(key)}) for key, n in plan.items()]
    from synthetic.synthesizer import single

    if conditions:
        frame = single(synthesizer.sample_from_conditions(conditions, max_tries_per_batch=200))
    else:
        frame = real.iloc[:0].copy()
    frame = frame.reset_index(drop=True)
    after = dict(counts)
    for key, n in frame[step.balance].dropna().value_counts().items():
        after[key] = after.get(key, 0) + int(n)
    output_rows = len(real) + len(frame)
    shares = {str(k): v / output_rows for k, v in after.items()}
    info = {
        "rows": int(len(frame)),
        "balance": {
            "column": step.balance,
            "target_share": step.balance_share if step.balance_share is not None else 1.0 / len(counts),
            "real_counts": {str(k): v for k, v in counts.items()},
            "synthetic_counts": {str(k): v for k, v in plan.items()},
            "output_shares": shares,
        },
    }
    return frame if isinstance(frame, pd.DataFrame) else pd.DataFrame(frame), info


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value
