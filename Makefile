# Essor — the two commands of the README, and a few more for developers.
SAMPLE ?= samples/scop-lauragais
ESSOR = .build/debug/essor
# Installation: make install PREFIX=$$HOME/.local (no root needed), DESTDIR for staging.
PREFIX ?= /usr/local
# The release build has its own scratch folder, so it never disturbs the debug one.
RELEASE_DIR = .build-release
RELEASE_BIN = $(RELEASE_DIR)/release/essor
STAGE = $(RELEASE_DIR)/stage
SOURCES = Sources Plugins Tests Benchmarks BuildPlugins Fuzz Package.swift
# Fuzzing: seconds shared among the targets (make fuzz FUZZ_SECONDS=1800 for a long run).
FUZZ_SECONDS ?= 240

.PHONY: demo test test-release build release install uninstall deb deps test-deps bench \
	fuzz fuzz-ci format lint clean

## demo: build, print the sample SCOP's financing plan, its scenarios compared and its standard
## stress test, then write its plan, comparison, stress test, diagnostic, progress, canvas, loan, pitch and action workbooks, its
## slides and its whole dossier; then the sample cohort's status and report.
demo: deps build
	@$(ESSOR) finance plan base --workspace $(SAMPLE)
	@$(ESSOR) finance plan base --workspace $(SAMPLE) --format md --output $(SAMPLE)/exports/plan-base.md
	@$(ESSOR) finance plan base --workspace $(SAMPLE) --format xlsx --output $(SAMPLE)/exports/plan-base.xlsx
	@$(ESSOR) finance compare --workspace $(SAMPLE)
	@$(ESSOR) finance compare --workspace $(SAMPLE) --output $(SAMPLE)/exports/comparaison.xlsx
	@$(ESSOR) finance stress --standard --workspace $(SAMPLE)
	@$(ESSOR) finance stress --standard --workspace $(SAMPLE) --output $(SAMPLE)/exports/stress.xlsx
	@$(ESSOR) finance optimise --workspace $(SAMPLE) --output $(SAMPLE)/exports/optimise.xlsx
	@$(ESSOR) diagnose report --workspace $(SAMPLE) --format xlsx --output $(SAMPLE)/exports/diagnostic.xlsx
	@$(ESSOR) diagnose compare --workspace $(SAMPLE) --format xlsx --output $(SAMPLE)/exports/progress.xlsx
	@$(ESSOR) finance loan --workspace $(SAMPLE) --format md --output $(SAMPLE)/exports/loans.md
	@$(ESSOR) finance loan --workspace $(SAMPLE) --format xlsx --output $(SAMPLE)/exports/loans.xlsx
	@$(ESSOR) canvas show --workspace $(SAMPLE) --format md --output $(SAMPLE)/exports/canvases.md
	@$(ESSOR) canvas show --workspace $(SAMPLE) --format xlsx --output $(SAMPLE)/exports/canvases.xlsx
	@$(ESSOR) pitch outline --workspace $(SAMPLE) --output $(SAMPLE)/exports/pitch.xlsx
	@$(ESSOR) pitch export --workspace $(SAMPLE) --format slides --output $(SAMPLE)/exports/pitch-slides.md
	@$(ESSOR) actions --workspace $(SAMPLE) --output $(SAMPLE)/exports/actions.xlsx
	@$(ESSOR) export --workspace $(SAMPLE) --output $(SAMPLE)/exports/dossier.xlsx
	@$(ESSOR) cohort status --cohort samples/cohort-2027
	@$(ESSOR) cohort report --cohort samples/cohort-2027 --output samples/cohort-2027/exports/cohort.xlsx
	@echo "Open them in LibreOffice or Excel; terminal views: $(ESSOR) finance plan --workspace $(SAMPLE)"
	@echo "  $(ESSOR) finance loan --workspace $(SAMPLE)"
	@echo "  $(ESSOR) diagnose report --workspace $(SAMPLE), $(ESSOR) canvas show --workspace $(SAMPLE)"

## test: install what the tests need if missing, check formatting, then run every test.
test: test-deps
	swift build --build-tests
	swift format lint --strict -r $(SOURCES)
	swift test

## test-release: the standalone binary (outside the checkout, no Swift in reach), install and
## uninstall in a temporary prefix, the .deb installed in a scratch root. One release build.
test-release: test-deps release
	bash Tests/Release/run.sh $(RELEASE_BIN) $(STAGE)

build:
	swift build

## release: essor with the Swift runtime and Foundation linked in (it needs only the system's
## libxlsxwriter), then its man pages and completions, generated from its own help.
release: deps
	swift build -c release --static-swift-stdlib --scratch-path $(RELEASE_DIR) --product essor
	@bash scripts/dist.sh stage $(RELEASE_BIN) $(STAGE)
	@echo "Built $(RELEASE_BIN) ($$(du -h $(RELEASE_BIN) | cut -f1)); $$(./$(RELEASE_BIN) --version)"

## install / uninstall: the binary, man pages, bash/zsh/fish completions, the sample external
## tools (share/essor/plugins, not on PATH) and the docs; `scripts/dist.sh files` lists them.
install: release
	@bash scripts/dist.sh install $(RELEASE_BIN) $(STAGE) $(PREFIX)

uninstall:
	@bash scripts/dist.sh uninstall $(PREFIX)

## deb: essor_<version>_<arch>.deb in $(RELEASE_DIR)/, the same files under /usr.
deb: release
	@bash scripts/dist.sh deb $(RELEASE_BIN) $(STAGE) $(RELEASE_DIR)

deps:
	@bash scripts/install-deps.sh build

test-deps:
	@bash scripts/install-deps.sh test

## fuzz: every loader under libFuzzer (with the address sanitizer) for FUZZ_SECONDS in all;
## a finding stops with its input and how to make it a regression test (docs/limits.md).
fuzz: deps
	bash scripts/fuzz.sh $(FUZZ_SECONDS)

## fuzz-ci: the short pass CI runs, about a minute in all, on the accumulated corpus.
fuzz-ci: deps
	bash scripts/fuzz.sh 65

## bench: loan engine vs numpy-financial, XLSX renderer vs C libxlsxwriter and Python XlsxWriter.
bench: test-deps
	bash Benchmarks/run.sh

format:
	swift format format --in-place -r $(SOURCES)

lint:
	swift format lint --strict -r $(SOURCES)

clean:
	rm -rf .build .build-bench $(RELEASE_DIR) Benchmarks/out samples/*/exports/*.xlsx
