# The single entry point for everyday tasks; .ci/run calls the same scripts.
.PHONY: run test test-postgres test-browser lint format ci

run:
	swift run portal

test:
	swift test

test-postgres:
	scripts/test-postgres.sh

test-browser:
	scripts/test-browser.sh

lint:
	swift format lint --strict --recursive Sources Tests

format:
	swift format --in-place --recursive Sources Tests

ci:
	bash .ci/run
