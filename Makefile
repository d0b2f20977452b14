# Career Copilot: `make run` builds everything and starts the server on SQLite; `make test` runs every test.
SHELL := /bin/bash
GO ?= go
VERSION ?= $(shell cat VERSION 2>/dev/null || echo 0.1.0-dev)
COMMIT ?= $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
BUILD_DATE ?= $(shell date -u +%Y-%m-%dT%H:%M:%SZ)
PKG := github.com/career-copilot/copilot/internal/version
LDFLAGS := -s -w -X $(PKG).Version=$(VERSION) -X $(PKG).Commit=$(COMMIT) -X $(PKG).BuildDate=$(BUILD_DATE)
BIN := bin/copilot

.PHONY: run build web binary test test-go test-web test-e2e docs bench bench-ingest bench-match bench-memory fmt vet clean release image load

## run: build the web UI and the binary, then serve on the embedded SQLite at http://localhost:8000
run: build
	./$(BIN) serve

## build: the web UI embedded into one binary
build: web binary

binary:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/copilot

web/node_modules/.installed: web/package.json web/package-lock.json
	cd web && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	touch $@

web: web/node_modules/.installed
	cd web && npm run build

## test: every test — Go (SQLite always; PostgreSQL and Redis when COPILOT_TEST_POSTGRES_URL / COPILOT_TEST_REDIS_URL are set), web unit, browser end-to-end
test: test-go test-web test-e2e

test-go:
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 20m ./...

test-web: web/node_modules/.installed
	cd web && npm run typecheck && NO_COLOR=1 npm test

test-e2e: build
	cd web && COPILOT_E2E_SKIP_BUILD=1 npm run e2e

## docs: regenerate docs/configuration.md from the settings table
docs:
	$(GO) run ./cmd/copilot config docs > docs/configuration.md

## release: cut a release: make release V=0.2.0 [DRY_RUN=1]
release:
	@test -n "$(V)" || { echo "usage: make release V=x.y.z [DRY_RUN=1]" >&2; exit 2; }
	scripts/release.sh $(if $(DRY_RUN),--dry-run )$(V)

## bench: every Go benchmark
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./internal/...

## bench-ingest: ingestion throughput (parse+normalize on one core; end to end on SQLite, and PostgreSQL when COPILOT_TEST_POSTGRES_URL is set)
bench-ingest:
	$(GO) test -run '^$$' -bench 'ParseNormalize' -benchtime 2x -cpu 1 ./internal/ingest/
	$(GO) test -run '^$$' -bench 'EndToEnd' -benchtime 1x -timeout 30m ./internal/ingest/

## load: load figures for docs/performance.md: mixed reads at 100, 500 and 1,000 clients on SQLite (and PostgreSQL + Redis when COPILOT_TEST_POSTGRES_URL / COPILOT_TEST_REDIS_URL are set), each beside a bare net/http twin; LOAD_FLAGS passes more loadgen flags (e.g. --think 5s)
LOAD_CLIENTS ?= 100,500,1000
LOAD_DURATION ?= 20s
LOAD_FIXTURES ?= ../shared/fixtures
LOAD_FLAGS ?=
load: binary
	$(GO) build -o bin/loadgen ./cmd/loadgen
	ulimit -n $$(ulimit -Hn); \
	dbs=sqlite; [ -n "$$COPILOT_TEST_POSTGRES_URL" ] && dbs=sqlite,postgres; \
	./bin/loadgen --copilot $(BIN) --dbs $$dbs --postgres "$$COPILOT_TEST_POSTGRES_URL" --redis "$$COPILOT_TEST_REDIS_URL" \
		--clients $(LOAD_CLIENTS) --duration $(LOAD_DURATION) $(LOAD_FLAGS) \
		$$(find $(addprefix $(LOAD_FIXTURES)/,greenhouse lever ashby other-ats job-apis jsonld-html) -type f \
			\( -name '*.json' -o -name '*.xml' -o -name '*.rss' -o -name '*.html' \) -not -path '*usajobs*')

## bench-match: matching and search figures (top-50 over 10k/100k postings, search p50/p99, index build, memory)
bench-match:
	$(GO) test ./internal/search/ -run '^$$' -bench 'Top50|Search' -benchtime 50x -cpu 1
	$(GO) test ./internal/search/ -run '^$$' -bench 'Build|IndexMemory' -benchtime 1x

## bench-memory: the whole server's RSS with 100k postings loaded, serving matches and search at 1, 10 and 50 clients (SQLite)
bench-memory: binary
	$(GO) build -o bin/loadgen ./cmd/loadgen
	./bin/loadgen --copilot $(BIN) --dbs sqlite --synth 100000 --fixtures $(LOAD_FIXTURES) --routes search,matches \
		--clients 1,10,50 --duration 30s --compare-bare=false

## image: the container image (needs Docker)
image:
	docker build -f deploy/Dockerfile --build-arg VERSION=$(VERSION) --build-arg COMMIT=$(COMMIT) --build-arg BUILD_DATE=$(BUILD_DATE) -t career-copilot:$(VERSION) .

fmt:
	gofmt -w cmd internal

clean:
	rm -rf bin web/dist web/node_modules/.installed
