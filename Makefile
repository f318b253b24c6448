# The two commands a newcomer needs:  make run  and  make test  (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000
# Local runs only: DEBUG on, SQLite unless DATABASE_URL says otherwise.
RUN_ENV := DEBUG=1

.PHONY: run test install migrate demo serve lint system-deps messages clean

run: install migrate demo serve

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

migrate: install
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput

demo: install
	$(RUN_ENV) $(BIN)/python manage.py load_demo_content
	$(RUN_ENV) $(BIN)/python manage.py rebuild_search_index

serve: install
	@echo "Serving http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(RUN_ENV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Debian packages the tests need: Chromium for the browser tests (Playwright's own browser
# download is not used), Voikko, the Finnish analyser search uses where it is installed, and
# gettext, which the translation catalogue check runs.
SYSTEM_PACKAGES := chromium libvoikko1 voikko-fi hunspell-sv gettext
system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

test: lint system-deps
	DJANGO_SETTINGS_MODULE=tests.settings $(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=tests.settings $(BIN)/python manage.py check
	$(BIN)/python -m pytest -n 2 -q

# Refresh the translation catalogues after changing interface strings.
messages: install
	DEBUG=1 $(BIN)/python manage.py makemessages -l fi -l sv -l en --no-obsolete \
		--ignore=.venv --ignore=tests --ignore=cms/demo --ignore=staticfiles --ignore=media --ignore=private-media
	DEBUG=1 $(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* media private-media staticfiles
