# crmdesk: `make run` opens the app on a demo workspace, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SIZE ?= small
# the tests wait on PostgreSQL, HTTP, subprocesses and Qt as much as they compute: three
# at once on two cores (measured: 7.4 min against 8.7 with two)
WORKERS ?= 3

.PHONY: run test lint typecheck pytest bench bundle bundle-check translations resources clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/crmdesk --demo

test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check crmdesk tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen CRMDESK_TEST_SIZE=$(SIZE) $(BIN)/python -m pytest -n $(WORKERS)

# The window's languages: every translatable string gathered into
# resources/translations/*.ts (pyside6-lupdate), each compiled into crmdesk/translations/*.qm
# (pyside6-lrelease), then into the resources module (below). All are committed (`make run`
# needs no build). Translate new strings in the .ts files (pyside6-linguist), then run it again.
translations: $(STAMP)
	$(BIN)/python build/translations.py

# The window's compiled resources: resources/crmdesk.qrc (the application icon and the .qm
# translations) compiled by pyside6-rcc into crmdesk/ui/resources_rc.py, committed.
resources: $(STAMP)
	$(BIN)/python build/compile_resources.py

# Benchmarks on generated data at scale: `make bench ACCOUNTS=100000`.
ACCOUNTS ?= 100000
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py --accounts $(ACCOUNTS)

# The desktop bundle (PyInstaller, one folder, the spec in build/), built outside the
# source tree: $(BUNDLE_DIR)/dist/crmdesk/crmdesk. `make bundle-check` starts the built
# bundle offscreen (a workspace made, a screenshot, a sync with a real server).
BUNDLE_DIR ?= /tmp/crmdesk-bundle
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BIN)/pyinstaller build/crmdesk.spec --noconfirm --log-level WARN \
		--distpath $(BUNDLE_DIR)/dist --workpath $(BUNDLE_DIR)/work

bundle-check: bundle
	QT_QPA_PLATFORM=offscreen CRMDESK_BUNDLE=$(BUNDLE_DIR)/dist/crmdesk/crmdesk \
		$(BIN)/python -m pytest -p no:cacheprovider tests/test_bundle.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(BUNDLE_DIR)
