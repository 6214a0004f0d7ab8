# Two commands a newcomer needs: `make demo` builds the seeds' briefing, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench speakers identical lint clean golden system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Debian libraries that make the PDF cheaper (HarfBuzz's font subsetter): installed when run as
# root with apt-get, one line said otherwise; never fails (WeasyPrint has a fallback)
system-deps:
	-@sh tools/system_deps.sh

demo: system-deps $(STAMP)
	$(BIN)/reportgen build seeds --config seeds/reportgen.toml --out reports

test: system-deps $(STAMP)
	$(BIN)/python -m pytest

golden: $(STAMP)
	$(BIN)/python -m pytest tests/test_golden.py --update-golden

bench: system-deps $(STAMP)
	$(BIN)/python benchmarks/bench.py

speakers: $(STAMP)
	$(BIN)/python benchmarks/speakers.py

# analyze output byte for byte against main (or: benchmarks/identical.py --against REV)
identical: $(STAMP)
	$(BIN)/python benchmarks/identical.py

lint: $(STAMP)
	$(BIN)/ruff check reportgen tests benchmarks tools
	$(BIN)/mypy reportgen

clean:
	rm -rf $(VENV) build dist *.egg-info
