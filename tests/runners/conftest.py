"""A real two-process Dask cluster on 127.0.0.1, shared by every test of this folder."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def dask_address():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=True,
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close(timeout=30)
