# The two commands a newcomer types: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
PORT ?= 8000
HOST ?= 127.0.0.1

# Test processes: pytest-xdist workers, each with its own test database (and, for browser tests, its own
# live server). Browser tests run in a second pass: their live server commits to the worker's database
# (the Site record's port, consent records), which tests sharing that worker must not see.
# loadfile keeps a file's module fixtures on one worker; the browser pass steals work instead, since its
# page-shape module alone is a third of the pass (one worker would run it while the other waits).
# The folder decides the pass (tests/browser/conftest.py marks every test under it `browser`): each pass
# collects only its own tests, so no worker imports the other pass's modules, and no marker filter can
# leave a test out of both passes.
PYTEST_WORKERS ?= 2
# A browser test spends part of its time waiting on Chromium, the live server and Playwright's driver in
# turn: with two workers on two cores the browser pass left about a tenth of the CPU idle (sampled); a
# third worker fills it.
PYTEST_BROWSER_WORKERS ?= 3
PYTEST := $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile
PYTEST_BROWSER := $(PY) -m pytest -n $(PYTEST_BROWSER_WORKERS) --dist worksteal
FIRST_PASS := --ignore tests/browser
BROWSER_PASS := tests/browser
# Python keeps compiled modules (and pytest its assertion-rewritten test modules) in the git-ignored
# __pycache__ folders even where the environment says not to (PYTHONDONTWRITEBYTECODE, set on this
# machine): without them every test process and every subprocess a test starts compiles the project
# and rewrites ~190 test modules again, about 3 s per process.
test test-fast: export PYTHONDONTWRITEBYTECODE :=

.PHONY: run test test-fast serve serve-edge release demo bench lint setup gettext messages chromium vnu lighthouse edge-tools secret-key clean cluster cluster-stop cluster-test cluster-status cluster-packages bench-cluster backup restore

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (PYTHON=... make)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $@

# Django's compilemessages and makemessages run GNU gettext (msgfmt, xgettext, msgmerge): Debian's
# gettext package, installed when missing (root with apt), like chromium below.
gettext:
	@command -v msgfmt >/dev/null 2>&1 && command -v xgettext >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's gettext for the translation catalogues..."; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends gettext >/dev/null 2>&1 || \
	    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends gettext >/dev/null; }; \
	  else \
	    echo "GNU gettext is missing: install Debian's package (sudo apt-get install gettext) and try again." >&2; exit 1; \
	  fi; }

# The compiled catalogues (.mo, git-ignored) of locale/ and each app's locale/; a .mo newer than its
# .po is left as it is. '.*' keeps the walk out of .venv, .tools and .git.
COMPILEMESSAGES := $(PY) manage.py compilemessages --ignore '.*' --ignore node_modules --verbosity 0

# `make setup` (and so every `make test`) compiles only the catalogues whose .po changed, with the
# same msgfmt call as compilemessages, without starting Django each time (2.5 s of every make test).
PO_FILES := $(wildcard locale/*/LC_MESSAGES/*.po */locale/*/LC_MESSAGES/*.po)

%.mo: %.po | gettext
	msgfmt --check-format -o $@ $<

setup: $(STAMP) gettext $(PO_FILES:.po=.mo)

# The catalogues brought up to date with the templates and Python code (README "Interface strings"):
# new strings come in with an empty msgstr, removed ones go. tests/core/test_catalogues.py runs
# makemessages with these options on a copy of the project, so keep them on this one line.
MESSAGES_OPTIONS := --locale pl --locale en --no-obsolete --add-location file --ignore tests --ignore var --ignore media --ignore staticfiles --ignore node_modules
messages: setup
	$(PY) manage.py makemessages $(MESSAGES_OPTIONS)
	$(COMPILEMESSAGES)

# The public address follows PORT unless SITE_URL is given (core/site_url.py).
run: export SITE_URL ?= http://127.0.0.1:$(PORT)
run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py sync_site_url
	$(PY) manage.py ensure_admin
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

demo: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content

test: setup chromium vnu edge-tools
	$(PYTEST) $(FIRST_PASS)
	$(PYTEST_BROWSER) $(BROWSER_PASS)

# Everything but the browser tests (no Chromium needed).
test-fast: setup vnu edge-tools
	$(PYTEST) $(FIRST_PASS)

# Debian's chromium for the browser tests; Playwright never downloads a browser here. The tests drive
# chromium-headless-shell (the same engine without the browser's window layer: a fifth less time and a
# third less CPU over the browser pass, measured); chromium itself is for Lighthouse and for the tests
# on a machine without the shell.
CHROMIUM_PACKAGES := chromium chromium-headless-shell

chromium:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromium-headless-shell >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's $(CHROMIUM_PACKAGES) for the browser tests..."; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(CHROMIUM_PACKAGES) >/dev/null 2>&1 || \
	    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(CHROMIUM_PACKAGES) >/dev/null; }; \
	  elif ! command -v chromium >/dev/null 2>&1; then \
	    echo "Chromium is missing: install Debian's packages (sudo apt-get install $(CHROMIUM_PACKAGES)) and run make test again." >&2; exit 1; \
	  fi; \
	fi

# The Nu HTML Checker for tests/core/test_html_validity.py: a pinned vnu.jar from npm in .tools/ (git-ignored),
# run with the machine's Java. --ignore-scripts: its postinstall would download a Java of its own.
VNU_VERSION := 26.9.27
VNU_STAMP := .tools/.vnu-$(VNU_VERSION)

$(VNU_STAMP):
	@command -v npm >/dev/null 2>&1 || { echo "npm is missing: install Node.js and npm (sudo apt-get install npm), then run make test again." >&2; exit 1; }
	rm -rf .tools/node_modules .tools/.vnu-*
	npm install --prefix .tools --no-save --ignore-scripts --no-audit --no-fund --loglevel=error vnu-jar@$(VNU_VERSION)
	touch $@

vnu: $(VNU_STAMP)
	@command -v java >/dev/null 2>&1 || { echo "Java is missing: the HTML validity tests run vnu.jar with it. Install a Java runtime, 11 or newer (sudo apt-get install default-jre-headless), then run make test again." >&2; exit 1; }

# Lighthouse's SEO score per page shape of a running site (make run or make serve in another
# terminal; SITE_URL names it): a pinned npm package in .tools/lighthouse, Debian's chromium.
LIGHTHOUSE_VERSION := 12.8.2
LIGHTHOUSE_STAMP := .tools/lighthouse/.lighthouse-$(LIGHTHOUSE_VERSION)

$(LIGHTHOUSE_STAMP):
	@command -v npm >/dev/null 2>&1 || { echo "npm is missing: install Node.js and npm (sudo apt-get install npm)." >&2; exit 1; }
	rm -rf .tools/lighthouse
	npm install --prefix .tools/lighthouse --no-save --ignore-scripts --no-audit --no-fund --loglevel=error lighthouse@$(LIGHTHOUSE_VERSION)
	touch $@

lighthouse: export SITE_URL ?= http://127.0.0.1:$(PORT)
lighthouse: setup chromium $(LIGHTHOUSE_STAMP)
	$(PY) manage.py lighthouse_seo

# Debian's nginx (slow clients, make serve), varnish (the edge cache, make serve-edge) and wrk (make bench),
# installed when missing (root with apt), like chromium. Nothing is configured system-wide: deploy/ renders
# every configuration into var/ and runs the programs as ordinary processes.
EDGE_TOOLS := nginx:nginx-light varnishd:varnish wrk:wrk
edge-tools:
	@missing=""; for pair in $(EDGE_TOOLS); do \
	  PATH="$$PATH:/usr/sbin:/sbin" command -v "$${pair%%:*}" >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's$$missing..."; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing >/dev/null 2>&1 || \
	    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing >/dev/null; }; \
	  else \
	    echo "Missing Debian packages:$$missing. Install them (sudo apt-get install$$missing) and try again." >&2; exit 1; \
	  fi; \
	fi

secret-key:
	@test -n "$$DJANGO_SECRET_KEY" || test -s .secret-key || $(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > .secret-key

# Production settings on plain http for a single machine (DJANGO_HTTPS=0 unless set); the app serves media.
PROD_ENV = DJANGO_SETTINGS_MODULE=config.settings.production \
	DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat .secret-key)}" \
	DJANGO_HTTPS="$${DJANGO_HTTPS:-0}" DJANGO_SERVE_MEDIA="$${DJANGO_SERVE_MEDIA:-1}" \
	SITE_URL="$${SITE_URL:-http://127.0.0.1:$(PORT)}"

# Backup and restore (README: Security and operations). Use the site's own settings and environment,
# e.g. DJANGO_SETTINGS_MODULE=config.settings.production DATABASE_URL=... make backup.
BACKUP_DIR ?= backups
backup: setup
	@mkdir -p $(BACKUP_DIR) && chmod 700 $(BACKUP_DIR)
	$(PY) manage.py backup "$${ARCHIVE:-$(BACKUP_DIR)/emocni-$$(date +%Y%m%d-%H%M%S).tar.gz}"

restore: setup
	@test -n "$(ARCHIVE)" || { echo "Say which archive: make restore ARCHIVE=backups/emocni-....tar.gz [FORCE=1]" >&2; exit 1; }
	$(PY) manage.py restore "$(ARCHIVE)" $(if $(FORCE),--force)

# Serving starts processes only (never migrates or loads content): nginx on $(PORT) -> gunicorn, 2 workers.
# It refuses, in one line, to start on an unmigrated database or without collected static files.
serve: setup edge-tools secret-key
	$(PROD_ENV) $(PY) -m deploy.serve --host $(HOST) --port $(PORT)

# The same behind Varnish: varnishd on $(PORT) -> nginx -> gunicorn; the app bans Varnish on every change.
serve-edge: setup edge-tools secret-key
	$(PROD_ENV) $(PY) -m deploy.serve --host $(HOST) --port $(PORT) --edge

bench: setup edge-tools
	$(PY) -m pytest benchmarks -q -s
	$(MAKE) bench-cluster

# The cluster at 64 connections (benchmarks/cluster_bench.py): starts one when none runs, and then
# stops it again.
bench-cluster: setup cluster-packages
	@if $(CLUSTER) status >/dev/null 2>&1; then $(PY) benchmarks/cluster_bench.py; else \
	  $(MAKE) cluster && { $(PY) benchmarks/cluster_bench.py; status=$$?; $(MAKE) cluster-stop; exit $$status; }; fi

# The once-per-deploy step (core/management/commands/release.py): migrate, collectstatic, translations,
# search index. Safe to run while the old servers serve; running it twice changes nothing.
release: setup secret-key
	$(PROD_ENV) $(PY) manage.py release

# The production topology on one machine (README "Running on several machines"): PostgreSQL (a fresh
# cluster_* database on the machine's server), Redis, SeaweedFS (S3), the task worker, two gunicorn
# app servers, nginx balancing them and Varnish in front on CLUSTER_PORT. Returns while it runs.
CLUSTER_PORT ?= 8080
CLUSTER := $(PY) -m deploy.cluster.cluster

# Debian's redis-server (and, through edge-tools, nginx, varnish and wrk), installed when missing.
# policy-rc.d keeps the package from starting a system Redis of its own on 6379.
CLUSTER_TOOLS := redis-server:redis-server
cluster-packages: edge-tools
	@missing=""; for pair in $(CLUSTER_TOOLS); do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || PATH="$$PATH:/usr/sbin" command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian packages for the cluster:$$missing"; \
	    own_policy=0; if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; own_policy=1; fi; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing >/dev/null 2>&1 || \
	    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing >/dev/null; }; \
	    status=$$?; [ $$own_policy = 1 ] && rm -f /usr/sbin/policy-rc.d; exit $$status; \
	  else \
	    echo "Missing for make cluster:$$missing. Install Debian's packages (sudo apt-get install$$missing) and run it again." >&2; exit 1; \
	  fi; fi

# One secret key for every server of the cluster: $$DJANGO_SECRET_KEY, or one made once in .cluster/.
cluster: setup cluster-packages
	@test -n "$$DJANGO_SECRET_KEY" || test -s .cluster/secret-key || \
	  { mkdir -p .cluster && $(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > .cluster/secret-key; }
	@PATH="$$PATH:/usr/sbin" DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat .cluster/secret-key)}" CLUSTER_PORT=$(CLUSTER_PORT) $(CLUSTER) start

cluster-stop:
	@if [ -x $(PY) ]; then $(CLUSTER) stop; else echo "cluster: no cluster is running (no .venv)"; fi

cluster-status: setup
	@$(CLUSTER) status

# tests/cluster/ against the running cluster (never part of make test: tests/conftest.py leaves the
# folder out unless CLUSTER_TESTS=1).
cluster-test: setup
	CLUSTER_TESTS=1 $(PY) -m pytest tests/cluster -p no:django -p no:cacheprovider -q

lint: setup
	$(VENV)/bin/ruff check .
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) staticfiles .pytest_cache var
