#!/usr/bin/env bash
# Regenerates tests/cli/expected/* with python3.11 (see tests/cli/cases.sh).
set -u
cd "$(dirname "$0")/../tests/cli"
mkdir -p expected
while IFS='|' read -r name args input; do
  case "$name" in ''|\#*) continue;; esac
  printf '%s' "$input" | eval "python3.11 $args" >"expected/$name.out" 2>"expected/$name.err"
  echo $? >"expected/$name.rc"
done < cases.sh
