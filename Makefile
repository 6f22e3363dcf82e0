# conflict-kg: the two commands a new user runs are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	rm -rf out/demo-store
	mkdir -p out
	$(BIN)/kg ingest examples/ --store out/demo-store
	$(BIN)/kg query clashes-involving-state --param state=ARM --store out/demo-store
	$(BIN)/kg export --format turtle -o out/graph.ttl --store out/demo-store
	@echo "wrote out/graph.ttl"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) out kg-data
