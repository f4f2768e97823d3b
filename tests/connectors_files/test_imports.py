"""Reading files must not import the heavy libraries of other stages."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("presidio_analyzer", "presidio_anonymizer", "spacy", "great_expectations", "sdv", "torch")

SCRIPT = """
import json, sys
from connectors.registry import connector_class
cls = connector_class("files")
connector = cls.from_options({"paths": [sys.argv[1]]})
rows = sum(r.kept.num_rows for t in connector.plan() for r in connector.read(t, batch_rows=100))
heavy = sorted(m for m in sys.modules if m.split(".")[0] in %r)
print(json.dumps({"rows": rows, "heavy": heavy}))
"""


def test_reading_imports_no_heavy_library(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "hello"}\n{"text": "world"}\n')
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT % (HEAVY,), str(path)], capture_output=True, text=True, check=True, timeout=120
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"rows": 2, "heavy": []}
