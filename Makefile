# The two commands a newcomer types: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
PORT ?= 8000

# Test processes: pytest-xdist workers, each with its own test database (and, for browser tests, its own
# live server). Browser tests run in a second pass: their live server commits to the worker's database
# (the Site record's port, consent records), which tests sharing that worker must not see.
PYTEST_WORKERS ?= 2
PYTEST := $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile

.PHONY: run test test-fast serve demo bench lint setup chromium vnu clean release cluster cluster-stop cluster-test cluster-status cluster-packages bench-cluster

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (PYTHON=... make)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $@

setup: $(STAMP)
	$(PY) manage.py compile_translations

run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_admin
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

demo: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content

test: setup chromium vnu
	$(PYTEST) -m "not browser"
	$(PYTEST) -m browser

# Everything but the browser tests (no Chromium needed).
test-fast: setup vnu
	$(PYTEST) -m "not browser"

# Debian's chromium for the browser tests; Playwright never downloads a browser here.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's chromium for the browser tests..."; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1 || \
	    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; }; \
	  else \
	    echo "Chromium is missing: install Debian's package (sudo apt-get install chromium) and run make test again." >&2; exit 1; \
	  fi; }

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

# Production settings on plain http for a single machine: gunicorn, whitenoise, media served by the app.
serve: setup
	@test -n "$$DJANGO_SECRET_KEY" || test -s .secret-key || $(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > .secret-key
	DJANGO_SETTINGS_MODULE=config.settings.production \
	DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat .secret-key)}" \
	DJANGO_HTTPS="$${DJANGO_HTTPS:-0}" DJANGO_SERVE_MEDIA="$${DJANGO_SERVE_MEDIA:-1}" \
	sh -c '$(PY) manage.py collectstatic --noinput -v0 && $(PY) manage.py migrate --noinput -v0 && \
	  $(PY) manage.py load_demo_content && \
	  exec $(VENV)/bin/gunicorn config.wsgi --bind 127.0.0.1:$(PORT) --workers 2 --access-logfile -'

bench: setup
	$(PY) -m pytest benchmarks -q -s
	$(MAKE) bench-cluster

# The cluster at 64 connections (benchmarks/cluster_bench.py): starts one when none runs, and then
# stops it again.
bench-cluster: setup cluster-packages
	@if $(CLUSTER) status >/dev/null 2>&1; then $(PY) benchmarks/cluster_bench.py; else \
	  $(MAKE) cluster && { $(PY) benchmarks/cluster_bench.py; status=$$?; $(MAKE) cluster-stop; exit $$status; }; fi

# The once-per-deploy step (core/management/commands/release.py): migrate, collectstatic, translations,
# search index. Safe to run while the old servers serve; running it twice changes nothing.
release: setup
	$(PY) manage.py release

# The production topology on one machine (README "Running on several machines"): PostgreSQL (a fresh
# cluster_* database on the machine's server), Redis, SeaweedFS (S3), the task worker, two gunicorn
# app servers, nginx balancing them and Varnish in front on CLUSTER_PORT. Returns while it runs.
CLUSTER_PORT ?= 8080
CLUSTER := $(PY) -m deploy.cluster.cluster

# Debian's redis-server, nginx, varnish and wrk, installed when missing. policy-rc.d keeps the packages
# from starting their own system services (a second Redis on 6379, an nginx on port 80).
CLUSTER_TOOLS := redis-server:redis-server nginx:nginx varnishd:varnish wrk:wrk
cluster-packages:
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
	rm -rf $(VENV) staticfiles .pytest_cache
