# Two commands on a fresh machine: `make quickstart` and `make test` (see README).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# sdv needs torch. Pinning the release and pointing pip at the CPU wheels keeps the install small:
#   make quickstart TORCH_PIP_ARGS="--index-url https://download.pytorch.org/whl/cpu"
TORCH_SPEC ?= torch==2.13.0
TORCH_PIP_ARGS ?=
PYTEST_ARGS ?=

.PHONY: install quickstart test bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet $(TORCH_PIP_ARGS) "$(TORCH_SPEC)"
	$(PY) -m pip install --quiet -e ".[all,test]"
	touch $@

install: $(VENV)/.installed

quickstart: install
	$(VENV)/bin/datalab run examples/quickstart.yaml --set output.overwrite=true

test: install
	$(PY) -m pytest -n 2 --timeout 900 $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) out .pytest_cache
