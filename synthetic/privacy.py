"""Privacy gate: exact copies, distance to closest record (DCR), and sdmetrics NewRowSynthesis.

* Exact matches: a synthetic row whose learnt columns (minus the low-cardinality ones the spec
  lists) all equal those of a real row. Allowed rate: 0 by default.
* DCR: for each synthetic row, the distance to the closest training row; compared with the same
  distance for real rows the model never saw (the holdout). Synthetic rows must not sit closer to
  the training rows than unseen real rows do, within `dcr_margin`. The distance is Gower's: the
  mean over columns of |a - b| / range for numbers and dates, and 0/1 for categories; a null
  against a value counts 1.
* NewRowSynthesis (sdmetrics): share of synthetic rows that match no real row within tolerance.
"""

from __future__ import annotations

import math
import warnings
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

    from schemas.steps.synthesise import PrivacyGate

_CHUNK_CELLS = 4_000_000


def exact_matches(real: pd.DataFrame, synthetic: pd.DataFrame, columns: list[str]) -> int:
    """Synthetic rows equal to some real row on `columns` (nulls equal nulls)."""
    import pandas as pd

    if not columns or synthetic.empty:
        return 0
    real_h = pd.util.hash_pandas_object(_canonical(real[columns]), index=False).to_numpy()
    synth_h = pd.util.hash_pandas_object(_canonical(synthetic[columns]), index=False).to_numpy()
    return int(np.isin(synth_h, real_h).sum())


def _canonical(frame: pd.DataFrame) -> pd.DataFrame:
    """Same values hash the same whatever the dtype (1 vs 1.0, nullable vs numpy, datetimes)."""
    import pandas as pd

    out = {}
    for name in frame.columns:
        column = frame[name]
        if pd.api.types.is_bool_dtype(column) or str(column.dtype) == "boolean":
            out[name] = column.astype("object").map(lambda v: None if v is None or v is pd.NA else bool(v)).astype(str)
        elif pd.api.types.is_numeric_dtype(column):
            out[name] = column.astype("float64").round(9)
        elif pd.api.types.is_datetime64_any_dtype(column):
            out[name] = pd.to_datetime(column).astype("int64").where(column.notna(), None)
        else:
            out[name] = column.astype(str).where(column.notna(), None)
    return pd.DataFrame(out)


class _Encoded:
    """Columns as float matrices: numbers scaled by the training range, categories as codes."""

    def __init__(self, train: pd.DataFrame, sdtypes: dict[str, str]) -> None:
        import pandas as pd

        self.numeric: list[str] = []
        self.categorical: list[str] = []
        self.scale: dict[str, tuple[float, float]] = {}
        self.codes: dict[str, dict[Any, int]] = {}
        for name in train.columns:
            column = train[name]
            if sdtypes.get(name) in {"numerical", "datetime"} and (
                pd.api.types.is_numeric_dtype(column) or pd.api.types.is_datetime64_any_dtype(column)
            ):
                values = _as_float(column)
                finite = values[~np.isnan(values)]
                low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
                self.scale[name] = (low, (high - low) or 1.0)
                self.numeric.append(name)
            else:
                self.categorical.append(name)
                self.codes[name] = {}

    def encode(self, frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        nums = np.empty((len(frame), len(self.numeric)), dtype=np.float64)
        for i, name in enumerate(self.numeric):
            low, span = self.scale[name]
            nums[:, i] = (_as_float(frame[name]) - low) / span
        cats = np.empty((len(frame), len(self.categorical)), dtype=np.float64)
        for i, name in enumerate(self.categorical):
            table = self.codes[name]
            values = frame[name].astype(object).where(frame[name].notna(), None).to_numpy()
            cats[:, i] = [np.nan if v is None else table.setdefault(str(v), len(table)) for v in values]
        return nums, cats


def _as_float(column: pd.Series) -> np.ndarray:
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(column):
        values = column.astype("int64").astype(np.float64)
        values[column.isna().to_numpy()] = np.nan
        return values.to_numpy() if hasattr(values, "to_numpy") else values
    return pd.to_numeric(column, errors="coerce").astype("float64").to_numpy()


def closest_distances(queries: pd.DataFrame, train: pd.DataFrame, sdtypes: dict[str, str]) -> np.ndarray:
    """Gower distance of each query row to its closest training row, in [0, 1]."""
    encoder = _Encoded(train, sdtypes)
    t_num, t_cat = encoder.encode(train)
    q_num, q_cat = encoder.encode(queries)
    k = t_num.shape[1] + t_cat.shape[1]
    if k == 0 or len(train) == 0:
        return np.zeros(len(queries))
    chunk = max(1, _CHUNK_CELLS // max(1, len(train) * k // 4 + 1))
    out = np.empty(len(queries))
    for start in range(0, len(queries), chunk):
        stop = min(start + chunk, len(queries))
        total = np.zeros((stop - start, len(train)))
        for i in range(t_num.shape[1]):
            a, b = q_num[start:stop, i][:, None], t_num[:, i][None, :]
            d = np.minimum(np.abs(a - b), 1.0)
            both_null = np.isnan(a) & np.isnan(b)
            total += np.where(both_null, 0.0, np.where(np.isnan(d), 1.0, d))
        for i in range(t_cat.shape[1]):
            a, b = q_cat[start:stop, i][:, None], t_cat[:, i][None, :]
            same = (a == b) | (np.isnan(a) & np.isnan(b))
            total += ~same
        out[start:stop] = total.min(axis=1) / k
    return out


def privacy_scores(
    *,
    train: pd.DataFrame,
    holdout: pd.DataFrame,
    synthetic: pd.DataFrame,
    metadata: dict[str, Any],
    gate: PrivacyGate,
    seed: int,
) -> dict[str, Any]:
    """Every privacy figure and the gate's decision with its reasons."""
    import pandas as pd

    sdtypes = {name: info.get("sdtype", "categorical") for name, info in metadata["columns"].items()}
    keys = [c for c, t in sdtypes.items() if t == "id"]
    learnt = [c for c in train.columns if c not in keys]
    compared = [c for c in learnt if c not in set(gate.exact_match_exclude)]
    real = pd.concat([train, holdout], ignore_index=True)
    matches = exact_matches(real, synthetic, compared)
    rate = matches / len(synthetic) if len(synthetic) else 0.0

    def cap(frame: pd.DataFrame, offset: int) -> pd.DataFrame:
        return frame if len(frame) <= gate.max_rows else frame.sample(n=gate.max_rows, random_state=seed + offset)

    train_s, synth_s, hold_s = cap(train[learnt], 0), cap(synthetic[learnt], 1), cap(holdout[learnt], 2)
    synth_dcr = closest_distances(synth_s, train_s, sdtypes) if len(synth_s) else np.zeros(0)
    hold_dcr = closest_distances(hold_s, train_s, sdtypes) if len(hold_s) else np.zeros(0)
    synth_median = float(np.median(synth_dcr)) if synth_dcr.size else math.nan
    hold_median = float(np.median(hold_dcr)) if hold_dcr.size else math.nan
    # Share of synthetic rows closer to the training rows than the holdout's 5th percentile.
    hold_p5 = float(np.quantile(hold_dcr, 0.05)) if hold_dcr.size else math.nan
    closer_share = float(np.mean(synth_dcr < hold_p5)) if synth_dcr.size and hold_dcr.size else math.nan
    new_rows = new_row_synthesis(real, synthetic, metadata, gate.max_rows, seed)

    reasons = []
    if rate > gate.max_exact_match_rate:
        reasons.append(
            f"{matches} of {len(synthetic)} synthetic rows ({rate:.2%}) copy a real row on columns "
            f"{compared}; the allowed rate is {gate.max_exact_match_rate:.2%} (list low-cardinality "
            "columns in `privacy.exact_match_exclude`, or use fewer, more general columns)"
        )
    dcr_ok = True
    if hold_dcr.size and synth_dcr.size:
        dcr_ok = synth_median >= hold_median * (1 - gate.dcr_margin)
        if not dcr_ok:
            reasons.append(
                f"synthetic rows sit closer to the training rows (median DCR {synth_median:.4f}) than "
                f"real unseen rows do ({hold_median:.4f}, margin {gate.dcr_margin:.0%}): the model "
                "memorises its training data"
            )
    else:
        reasons.append("too few real rows for a holdout: the distance check could not run")
    if gate.min_new_row_synthesis > 0 and (new_rows is None or new_rows < gate.min_new_row_synthesis):
        reasons.append(f"NewRowSynthesis {new_rows} is below the minimum {gate.min_new_row_synthesis}")
    return {
        "exact_matches": matches,
        "exact_match_rate": rate,
        "max_exact_match_rate": gate.max_exact_match_rate,
        "exact_match_columns": compared,
        "dcr": {
            "synthetic_median": synth_median,
            "holdout_median": hold_median,
            "synthetic_min": float(synth_dcr.min()) if synth_dcr.size else None,
            "holdout_p5": hold_p5,
            "synthetic_share_below_holdout_p5": closer_share,
            "margin": gate.dcr_margin,
            "rows": {"train": len(train_s), "synthetic": len(synth_s), "holdout": len(hold_s)},
            "passed": dcr_ok,
        },
        "new_row_synthesis": new_rows,
        "passed": not reasons,
        "reasons": reasons,
    }


def new_row_synthesis(real: pd.DataFrame, synthetic: pd.DataFrame, metadata: dict[str, Any], rows: int, seed: int) -> float | None:
    if synthetic.empty:
        return None
    from sdmetrics.single_table import NewRowSynthesis

    sample = min(len(synthetic), rows)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        np.random.seed(seed % (2**32))
        try:
            value = NewRowSynthesis.compute(
                real_data=real, synthetic_data=synthetic, metadata=metadata, synthetic_sample_size=sample
            )
        except Exception:  # noqa: BLE001 - a metric failure is reported, the DCR/exact gates remain
            return None
    return None if value is None or math.isnan(float(value)) else round(float(value), 6)
