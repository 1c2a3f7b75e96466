# Two commands for a fresh machine (Python >= 3.11):
#   make demo   set up, ingest the example reports into ./sdkg-data and show the partners found
#   make test   set up (Python and Debian test dependencies) and run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint serve bench system-deps clean translations

# The last step caches sdkg's bytecode, which an editable install leaves out: where PYTHONDONTWRITEBYTECODE is set
# (CI, containers) every process would compile the modules again (0.12 CPU s of a reader's warm-up, 0.04 a command).
$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "sdkg needs Python >= 3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/python -m compileall -q -j 0 -x '/(\.venv|\.git|tests|build|test-artefacts)/' .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/sdkg ingest examples/
	$(BIN)/sdkg query --name partners
	@echo "Next: '$(BIN)/sdkg serve' and open http://127.0.0.1:8000/id/gemeente/GM0193 (Zwolle, an example report)"

# Browser, RDF parser and triple store used by the integration tests (Debian/Ubuntu).
SYSTEM_PACKAGES := chromium raptor2-utils virtuoso-opensource
system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  echo "installing $$missing"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check .

test: $(STAMP) system-deps lint
	$(BIN)/pytest -q

serve: $(STAMP)
	$(BIN)/sdkg serve

# Texts of the web pages: Dutch in the sources, English in web/translations/en (edit the .po, then run this).
translations: $(STAMP)
	$(BIN)/pybabel extract -F web/babel.cfg -k _l -k t --no-location --sort-output -o web/translations/messages.pot web
	$(BIN)/pybabel update -i web/translations/messages.pot -d web/translations --ignore-obsolete --no-fuzzy-matching
	$(BIN)/pybabel compile -d web/translations --statistics

bench: $(STAMP)
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) sdkg-data .pytest_cache
