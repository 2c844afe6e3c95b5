#!/usr/bin/env bash
# `make bench`: times every benchmarks/programs/*.py with krait and python3,
# checks outputs, prints the table, and compares with the stored baseline.
set -u
build=${1:-build}
args=(--krait "$build/krait" --runs "${BENCH_RUNS:-3}")
[ -f benchmarks/baseline.json ] && args+=(--compare benchmarks/baseline.json)
exec python3 benchmarks/run.py "${args[@]}" ${BENCH_ARGS:-}
