"""The README's ten-line PyTorch example runs against a real release."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.releases import publish_release

README = Path(__file__).resolve().parents[2] / "README.md"


def example_code() -> str:
    text = README.read_text()
    section = text.split("<!-- section:trainers -->", 1)[1].split("<!-- /section:trainers -->", 1)[0]
    match = re.search(r"<!-- example:trainers -->\s*```python\n(.*?)```", section, re.S)
    assert match, "README trainers section lost its example block"
    return match.group(1)


def test_example_is_ten_lines():
    assert len(example_code().strip().splitlines()) <= 11  # ten lines plus the blank after imports


def test_readme_example_runs_and_resumes(tmp_path, dataset_dir):
    pytest.importorskip("torch")
    publish_release(dataset_dir, str(tmp_path / "releases"), "quickstart")
    code = example_code() + (
        "\nimport json\n"
        "state = torch.load('data.pt')\n"
        "rest = [i for b in ds.track(DataLoader(ds, batch_size=32, num_workers=2)) for i in b['id']]\n"
        "print(json.dumps({'positions': state['positions'], 'rest': len(rest)}))\n"
    )
    env = {**os.environ, "DATALAB_RELEASE": str(tmp_path / "releases" / "quickstart")}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    import json

    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["positions"] == [64, 64]  # four batches of 32, two from each worker
    assert result["rest"] == 1000 - 4 * 32  # the resumed loader yields exactly the rest
