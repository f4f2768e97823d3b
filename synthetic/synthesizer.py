"""Build, fit, sample, save and load SDV synthesizers, seeded so that a run can be repeated.

SDV, torch and cloudpickle are imported inside the functions: importing this module is cheap.
"""

from __future__ import annotations

import hashlib
import random
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from schemas.steps.synthesise import SynthesiseStep

CLASS_NAMES = {
    "gaussian_copula": "GaussianCopulaSynthesizer",
    "ctgan": "CTGANSynthesizer",
    "tvae": "TVAESynthesizer",
    "hma": "HMASynthesizer",
}


def sdv_version() -> str:
    from importlib.metadata import version

    return version("sdv")


def generator_id(step: SynthesiseStep, *, multi_table: bool = False) -> str:
    """Short id written in `_generator` of every synthetic row: kind, SDV version and seed."""
    kind = "hma" if multi_table else step.synthesizer
    return f"sdv-{sdv_version()}:{kind}:seed={step.seed}"


def seed_everything(seed: int) -> None:
    """Seed the generators SDV's models draw from (Python, NumPy and, when loaded, torch)."""
    import sys

    import numpy as np

    random.seed(seed)
    np.random.seed(seed % (2**32))
    if "torch" in sys.modules:
        import torch

        torch.manual_seed(seed)


def make_synthesizer(metadata: Any, step: SynthesiseStep) -> Any:
    """An unfitted single-table synthesizer with the step's settings (CPU only)."""
    if step.synthesizer == "gaussian_copula":
        from sdv.single_table import GaussianCopulaSynthesizer

        return GaussianCopulaSynthesizer(
            metadata, default_distribution=step.default_distribution, enforce_min_max_values=True
        )
    if step.synthesizer == "ctgan":
        from sdv.single_table import CTGANSynthesizer

        return CTGANSynthesizer(
            metadata,
            epochs=step.epochs,
            batch_size=step.batch_size,
            enable_gpu=False,
            pac=_pac(step.batch_size),
        )
    from sdv.single_table import TVAESynthesizer

    return TVAESynthesizer(metadata, epochs=step.epochs, batch_size=step.batch_size, enable_gpu=False)


def _pac(batch_size: int) -> int:
    return 10 if batch_size % 10 == 0 else 1


def fit(synthesizer: Any, data: pd.DataFrame | dict[str, pd.DataFrame], seed: int) -> Any:
    """Fit with every random generator seeded: the same data and seed give the same model."""
    if _is_neural(synthesizer):
        import torch  # noqa: F401  (loaded so that seed_everything seeds it)
    seed_everything(seed)
    from synthetic.metadata import MAIN_TABLE

    synthesizer.fit(data if isinstance(data, dict) else {MAIN_TABLE: data})
    return synthesizer


def single(result: Any) -> Any:
    """SDV 2 returns `{table: frame}` for single-table samples too; earlier versions a frame."""
    return next(iter(result.values())) if isinstance(result, dict) else result


def _is_neural(synthesizer: Any) -> bool:
    return type(synthesizer).__name__ in {"CTGANSynthesizer", "TVAESynthesizer"}


def reseed(synthesizer: Any, seed: int) -> None:
    """Reset the sampling state so that sampling after this call is repeatable."""
    seed_everything(seed)
    if hasattr(synthesizer, "_set_random_state"):
        synthesizer._set_random_state(seed)  # SDV's own (private) hook: it is what `reset_sampling` uses.


def dumps(synthesizer: Any) -> bytes:
    """The fitted synthesizer as bytes (cloudpickle, like `synthesizer.save`)."""
    import cloudpickle

    return cloudpickle.dumps(synthesizer)


def loads(blob: bytes) -> Any:
    import cloudpickle  # noqa: F401  (registers what cloudpickle-made pickles need)
    import pickle

    return pickle.loads(blob)  # noqa: S301 - only models this tool saved, named in the spec


def model_hash(blob: bytes) -> str:
    return "sha256:" + hashlib.sha256(blob).hexdigest()
