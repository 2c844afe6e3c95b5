#!/usr/bin/env bash
# Golden test runner: runs every tests/py/**/NAME.py that has a NAME.out
# (made by python3.11, see scripts/regen-golden.sh) and compares stdout.
# Where NAME.rc exists the exit status must match it (else it must be 0);
# where NAME.err exists, stderr must match it.  Files without .out are
# support modules (imported by tests).
#
#   tests/run_golden.sh KRAIT [FILTER] [-- extra krait flags]
# KRAIT_GOLDEN_MODES="interp jit" also runs each test with --jit.
set -u
krait=$(readlink -f "$1"); shift
filter="${1:-}"
here=$(cd "$(dirname "$0")" && pwd)
modes="${KRAIT_GOLDEN_MODES:-interp}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run_one() {
  local py=$1 mode=$2
  local dir base out rc exp_rc
  dir=$(dirname "$py"); base=${py%.py}
  local flags=()
  [ "$mode" = jit ] && flags=(--jit -X jit-threshold=0)
  # KRAIT_GOLDEN_FLAGS: extra flags for every run (e.g. "-X gc-stress")
  [ -n "${KRAIT_GOLDEN_FLAGS:-}" ] && flags+=($KRAIT_GOLDEN_FLAGS)
  local id
  id=$(echo "$py-$mode" | md5sum | cut -c1-12)
  (cd "$dir" && PYTHONHASHSEED=0 timeout 60 "$krait" "${flags[@]}" "$(basename "$py")" \
      >"$tmp/$id.out" 2>"$tmp/$id.err" </dev/null)
  rc=$?
  exp_rc=0
  [ -f "$base.rc" ] && exp_rc=$(cat "$base.rc")
  local ok=1 why=""
  # Programs may print absolute paths (__file__, tracebacks); the checkout
  # can live anywhere, so paths into tests/py/ compare from there on.
  local pnorm='s#[^ "'"'"'(<]*/tests/py/#<tests>/#g'
  if ! cmp -s <(sed -E "$pnorm" "$tmp/$id.out") <(sed -E "$pnorm" "$base.out"); then
    ok=0; why="stdout differs"; fi
  if [ "$rc" != "$exp_rc" ]; then ok=0; why="$why exit $rc (expected $exp_rc)"; fi
  # tracebacks name scripts by absolute path: compare base names only
  local norm='s#File "[^"]*/([^/"]+)"#File "\1"#'
  if [ -f "$base.err" ] && ! cmp -s <(sed -E "$norm" "$tmp/$id.err") <(sed -E "$norm" "$base.err"); then
    ok=0; why="$why stderr differs"; fi
  if [ $ok = 1 ]; then
    echo "PASS ${py#$here/py/} [$mode]"
  else
    echo "FAIL ${py#$here/py/} [$mode]: $why"
    if [ -n "${GOLDEN_VERBOSE:-}" ]; then
      diff "$base.out" "$tmp/$id.out" | head -20
      head -20 "$tmp/$id.err"
    fi
  fi
}
export -f run_one
export krait tmp here

list=$(find "$here/py" -name '*.py' | sort | while read -r f; do
  [ -f "${f%.py}.out" ] || continue
  # tests that print how much a gc.collect() found depend on when automatic
  # collections run, which -X gc-stress changes by design
  case "${KRAIT_GOLDEN_FLAGS:-}" in *gc-stress*)
    grep -q '^# golden: not under gc-stress' "$f" && continue;; esac
  case "$f" in *"$filter"*) echo "$f";; esac
done)
results=$(for m in $modes; do for f in $list; do echo "$f $m"; done; done |
  xargs -P "$(nproc)" -n 2 bash -c 'run_one "$0" "$1"')
echo "$results" | grep '^FAIL' | sort
pass=$(echo "$results" | grep -c '^PASS')
fail=$(echo "$results" | grep -c '^FAIL')
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
