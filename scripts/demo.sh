#!/usr/bin/env bash
# `make demo`: runs examples/demo.py with krait (interpreter, then --jit)
# and with python3 when available, showing the output and the time of each.
set -u
build=${1:-build}
krait="$build/krait"
prog=examples/demo.py
t() { local s e; s=$(date +%s.%N); "$@"; local rc=$?; e=$(date +%s.%N);
      printf '  -> exit %d, %.3f s wall\n\n' "$rc" "$(echo "$e - $s" | bc)"; }
echo "== krait $prog"
t "$krait" "$prog"
echo "== krait --jit $prog"
t "$krait" --jit "$prog"
if command -v python3 >/dev/null; then
  echo "== python3 $prog (for comparison)"
  t python3 "$prog"
fi
