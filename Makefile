# Thin wrapper over CMake.  `make demo` and `make test` work on a fresh
# Debian 12 machine: they install what is missing first.
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc)

.PHONY: all deps build demo test asan bench gc-stress leakcheck clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@bash scripts/demo.sh $(BUILD)

test: build
	@cd $(BUILD) && ctest --output-on-failure

asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DKRAIT_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	@cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=0 ctest --output-on-failure

# The golden suite with a collection at every allocation.
gc-stress: build
	@KRAIT_GOLDEN_FLAGS="-X gc-stress" tests/run_golden.sh $(BUILD)/krait

# The golden suite with a debug build under -X leakcheck: a test fails if
# any object outlives the teardown at exit (scripts/leakcheck.sh).
LEAK_BUILD ?= build-leakcheck
leakcheck: deps
	@cmake -S . -B $(LEAK_BUILD) -DCMAKE_BUILD_TYPE=Debug >/dev/null
	@cmake --build $(LEAK_BUILD) -j $(JOBS)
	@bash scripts/leakcheck.sh $(LEAK_BUILD)/krait

bench: build
	@bash scripts/bench.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(LEAK_BUILD)
