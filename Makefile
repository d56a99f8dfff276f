# newsfacts: `make serve` builds everything and serves it; `make test` runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8001
DATABASE := build/newsfacts.db
METADATA := build/metadata.json

.DEFAULT_GOAL := help
.PHONY: help install data validate db serve test verify evaluate release clean

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

install: $(VENV)/.installed ## Create .venv with the exact versions in requirements.lock

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

data: install ## Build datapackage.json and data/*.csv from data/raw/
	$(BIN)/newsfacts build --input data/raw --output .

validate: install ## Validate the package (must pass before anything is published)
	$(BIN)/newsfacts validate datapackage.json --docs build/validation

db: install ## Load the package into $(DATABASE) with Datasette metadata
	$(BIN)/newsfacts db datapackage.json --database $(DATABASE) --metadata $(METADATA)

serve: data validate db ## Build, validate and browse at http://127.0.0.1:$(PORT)
	$(BIN)/datasette serve -i $(DATABASE) --metadata $(METADATA) --template-dir site/templates --port $(PORT) \
		--static validation:build/validation \
		--setting sql_time_limit_ms 3000 --setting max_returned_rows 2000 --setting default_page_size 50 --setting truncate_cells_html 200

test: install ## Run the test suite
	$(BIN)/python -m pytest

# The copy of the committed tables gives the rebuild the event IDs they published, as `make data` has.
verify: install ## Rebuild into a temporary folder and fail if it differs from the committed package
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	mkdir "$$tmp/data" && cp data/*.csv "$$tmp/data/" && \
	$(BIN)/newsfacts build --input data/raw --output "$$tmp" && \
	diff -r --brief "$$tmp/data" data --exclude=raw --exclude=curation && \
	cmp "$$tmp/datapackage.json" datapackage.json && echo "verify: committed package is exactly what the code builds"

evaluate: install ## Score the extractors against the gold annotations in tests/gold/
	$(BIN)/newsfacts evaluate --gold tests/gold --seeds data/raw

release: install ## Publish a version: make release VERSION=0.2.0 NOTES="why" (commits, tags, zips build/dist/)
	$(BIN)/newsfacts release "$(VERSION)" --notes "$(NOTES)"

clean: ## Remove generated files in build/ (keeps .venv and the committed package)
	rm -rf build .pytest_cache
