"""The connector and its tasks travel through Beam's pickler and read on a worker."""

from __future__ import annotations

import json

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from connectors.files import FilesConnector


def _rows(connector, task):
    for result in connector.read(task, batch_rows=64):
        for source in result.kept.column("source").to_pylist() if result.kept.num_rows else []:
            yield source


def test_tasks_read_in_a_beam_pipeline(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": f"t{i}"}) + "\n" for i in range(500)))
    connector = FilesConnector.from_options({"paths": [str(path)], "split_bytes": 2000})
    tasks = connector.plan()
    assert len(tasks) > 3
    with TestPipeline() as pipeline:
        sources = pipeline | beam.Create(tasks, reshuffle=False) | beam.FlatMap(lambda t, c=connector: _rows(c, t))
        assert_that(sources, equal_to([f"{path}#{i + 1}" for i in range(500)]))
