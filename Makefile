# MedHum Commons: `make run` starts the site with the demo library, `make test` proves it.
# Both do all the set-up themselves on a fresh clone (Python 3.11+ and make).

PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
CHROMIUM ?= /usr/bin/chromium

.DEFAULT_GOAL := help
.PHONY: help run test bench glossary-search setup lint pytest messages makemessages screenshots system-gettext system-chromium system-pdf system-servers clean

help:
	@echo "make run    set up and start the site on http://127.0.0.1:$(PORT)/ with the demo library"
	@echo "make test   set up, lint, check and run the whole test suite (browser tests included)"
	@echo "make bench  measure the site under load on a synthetic library (MODULES=2000 by default)"
	@echo "make screenshots  refresh the README's pictures of the site"
	@echo "make glossary-search  what the glossary adds to search in each language, and its cost"

# A system package that the set-up needs: installed with apt-get when we are root on Debian,
# otherwise one line naming it, and a stop. $(1): file or command to look for, $(2): Debian package.
define require_system_package
	@command -v $(1) >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing the system package $(2) with apt-get..."; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2)) >/dev/null \
	      || { echo "apt-get could not install $(2)."; exit 1; }; \
	  fi; \
	  command -v $(1) >/dev/null 2>&1 \
	    || { echo "Missing system package: $(2) (for $(1)). Install it, for example: sudo apt-get install $(2)"; exit 1; }; \
	}
endef

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit("MedHum Commons needs Python 3.11 or newer, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt requirements-dev.txt constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	@touch $@

system-gettext:
	$(call require_system_package,msgfmt,gettext)

system-chromium:
	$(call require_system_package,$(CHROMIUM),chromium)

# PDF handouts (WeasyPrint) need Pango and named fonts: DejaVu for Latin and French text, Noto CJK
# for Chinese. Without a CJK font Chinese comes out as empty boxes, in PDFs and in screenshots alike.
PDF_PACKAGES := fontconfig libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-noto-cjk
system-pdf:
	@{ ldconfig -p | grep -q libpangoft2-1.0 && fc-list | grep -q DejaVuSerif && fc-list :lang=zh | grep -q "CJK SC"; } || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing the system packages $(PDF_PACKAGES) with apt-get..."; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PDF_PACKAGES)) >/dev/null; fi; \
	  ldconfig -p | grep -q libpangoft2-1.0 && fc-list | grep -q DejaVuSerif && fc-list :lang=zh | grep -q "CJK SC" \
	    || { echo "Missing system packages for PDF handouts. Install them, for example: sudo apt-get install $(PDF_PACKAGES)"; exit 1; }; }

# The multi-server test starts its own PostgreSQL cluster and Redis server from these packages.
system-servers:
	$(call require_system_package,redis-server,redis-server)
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null; fi; \
	  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
	    || { echo "Missing system package: postgresql (for the multi-server test)"; exit 1; }; }

var:
	@mkdir -p var/media var/static

messages: $(VENV)/.installed system-gettext
	@$(MANAGE) compilemessages --ignore=.venv --ignore=var --ignore=node_modules -v0

setup: $(VENV)/.installed var messages system-pdf

run: setup
	$(MANAGE) migrate --no-input
	$(MANAGE) collectstatic --no-input -v0
	$(MANAGE) load_demo
	@echo ""
	@echo "MedHum Commons is starting on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	@echo ""
	$(MANAGE) runserver 127.0.0.1:$(PORT)

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: setup system-chromium system-servers lint
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest

# The library under load on PostgreSQL, Redis and gunicorn (production settings); MODULES=200..20000.
MODULES ?= 2000
bench: setup system-servers
	$(call require_system_package,wrk,wrk)
	$(BIN)/python scripts/bench.py --modules $(MODULES)

# What the glossary adds to search, and what it costs, on the demo library.
glossary-search: setup
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) load_demo >/dev/null
	$(BIN)/python scripts/glossary_search.py

# Refresh the README's pictures from the running site (desktop and phone, English, French and Chinese).
screenshots: setup system-chromium
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) load_demo >/dev/null
	$(BIN)/python scripts/screenshots.py

# Refresh the translation catalogues after changing interface strings, then translate the new entries.
makemessages: $(VENV)/.installed system-gettext
	$(MANAGE) makemessages --locale=fr --locale=zh_Hans --ignore=.venv --ignore=var --no-obsolete

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
