# conflict-kg: the two commands a new user runs are `make demo` and `make test`.
# Both create .venv and pip-install the project with its test extras on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_STORE := out/demo-store

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	rm -rf $(DEMO_STORE)
	mkdir -p out
	$(BIN)/kg ingest examples/ --store $(DEMO_STORE)
	$(BIN)/kg query clashes-involving-state --param state=ARM --store $(DEMO_STORE)
	$(BIN)/kg query alliance-members-as-of --param org=CSTO --store $(DEMO_STORE)
	$(BIN)/kg export --format turtle -o out/graph.ttl --store $(DEMO_STORE)
	$(BIN)/kg view --kind alliances -o out/alliances.html --store $(DEMO_STORE)
	$(BIN)/kg validate --store $(DEMO_STORE)
	@echo "wrote out/graph.ttl and out/alliances.html"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) out kg-data
