#!/usr/bin/env bash
# Regenerates the expected output of golden tests with CPython 3.11:
#   scripts/regen-golden.sh tests/py/area/name.py ...   (default: all)
# Writes NAME.out (stdout); NAME.rc when the exit status is not 0; keeps an
# existing NAME.err in sync when present.
set -u
py=${PYTHON:-python3.11}
files=("$@")
[ ${#files[@]} -eq 0 ] && mapfile -t files < <(find tests/py -name '*.py' | sort)
for f in "${files[@]}"; do
  base=${f%.py}
  # support modules (no .out yet) are skipped unless named explicitly
  [ $# -eq 0 ] && [ ! -f "$base.out" ] && continue
  (cd "$(dirname "$f")" && PYTHONHASHSEED=0 "$py" "$(basename "$f")" >"$(basename "$base").out" 2>"$(basename "$base").stderr.tmp" </dev/null)
  rc=$?
  if [ $rc -ne 0 ]; then echo $rc > "$base.rc"; else rm -f "$base.rc"; fi
  if [ -f "$base.err" ]; then mv "$base.stderr.tmp" "$base.err"; else rm -f "$base.stderr.tmp"; fi
done
