# Essor — the two commands of the README, and a few more for developers.
SAMPLE ?= samples/scop-lauragais
ESSOR = .build/debug/essor

.PHONY: demo test build deps test-deps bench format lint clean

## demo: build, print the sample SCOP's financing plan, then write its plan, diagnostic,
## progress, canvas, loan and pitch workbooks, its slides and its whole dossier.
demo: deps build
	@$(ESSOR) finance plan base --workspace $(SAMPLE)
	@$(ESSOR) finance plan base --workspace $(SAMPLE) --format md --output $(SAMPLE)/exports/plan-base.md
	@$(ESSOR) finance plan base --workspace $(SAMPLE) --format xlsx --output $(SAMPLE)/exports/plan-base.xlsx
	@$(ESSOR) diagnose report --workspace $(SAMPLE) --format xlsx --output $(SAMPLE)/exports/diagnostic.xlsx
	@$(ESSOR) diagnose compare --workspace $(SAMPLE) --format xlsx --output $(SAMPLE)/exports/progress.xlsx
	@$(ESSOR) finance loan --workspace $(SAMPLE) --format md --output $(SAMPLE)/exports/loans.md
	@$(ESSOR) finance loan --workspace $(SAMPLE) --format xlsx --output $(SAMPLE)/exports/loans.xlsx
	@$(ESSOR) canvas show --workspace $(SAMPLE) --format md --output $(SAMPLE)/exports/canvases.md
	@$(ESSOR) canvas show --workspace $(SAMPLE) --format xlsx --output $(SAMPLE)/exports/canvases.xlsx
	@$(ESSOR) pitch outline --workspace $(SAMPLE) --output $(SAMPLE)/exports/pitch.xlsx
	@$(ESSOR) pitch export --workspace $(SAMPLE) --format slides --output $(SAMPLE)/exports/pitch-slides.md
	@$(ESSOR) export --workspace $(SAMPLE) --output $(SAMPLE)/exports/dossier.xlsx
	@echo "Open them in LibreOffice or Excel; terminal views: $(ESSOR) finance plan --workspace $(SAMPLE)"
	@echo "  $(ESSOR) finance loan --workspace $(SAMPLE)"
	@echo "  $(ESSOR) diagnose report --workspace $(SAMPLE), $(ESSOR) canvas show --workspace $(SAMPLE)"

## test: install what the tests need if missing, check formatting, then run every test.
test: test-deps
	swift build --build-tests
	swift format lint --strict -r Sources Plugins Tests Benchmarks Package.swift
	swift test

build:
	swift build

deps:
	@bash scripts/install-deps.sh build

test-deps:
	@bash scripts/install-deps.sh test

## bench: loan engine vs numpy-financial, XLSX renderer vs C libxlsxwriter and Python XlsxWriter.
bench: test-deps
	bash Benchmarks/run.sh

format:
	swift format format --in-place -r Sources Plugins Tests Benchmarks Package.swift

lint:
	swift format lint --strict -r Sources Plugins Tests Benchmarks Package.swift

clean:
	rm -rf .build .build-bench Benchmarks/out samples/*/exports/*.xlsx
