#!/usr/bin/env bash
# The golden suite as a leak check (`make leakcheck`).
#
#   scripts/leakcheck.sh KRAIT [FILTER]
#
# KRAIT must be a debug build (KR_DEBUG, which accounts for every live
# object).  Under -X leakcheck it tears the runtime down at exit, reports
# every object still alive that nothing permanent (static types, interned
# strings, registered C statics) reaches and every reference nothing
# accounts for, and exits with status 99 if there was any.  A test that
# leaks therefore FAILs in the golden runner ("exit 99"); the list at the
# end names each leaking test with its count (a test can also fail for
# other reasons: run it alone to see).  KRAIT_LEAKCHECK_ALL=1 lifts the
# 60-line cut-off of a report.
set -u
krait=$1; shift
here=$(cd "$(dirname "$0")/.." && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! "$krait" -X showrefcount -c pass 2>&1 | grep -q '^\[[0-9]'; then
  echo "leakcheck: $krait is not a debug build (no reference total)" >&2
  exit 2
fi
KRAIT_LEAKCHECK_LOG=$log KRAIT_GOLDEN_FLAGS="-X leakcheck ${KRAIT_GOLDEN_FLAGS:-}" \
  "$here/tests/run_golden.sh" "$krait" "$@"
status=$?
if [ -s "$log" ]; then
  echo "leaking tests (objects leaked):"
  sed -E 's#^([0-9]+) .*/tests/py/(.*)$#  \2: \1#' "$log" | sort
  echo "$(wc -l <"$log") tests leaked"
  status=1
else
  echo "no test leaked"
fi
exit $status
