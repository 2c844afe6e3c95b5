#!/usr/bin/env bash
# Runs the command-line cases of tests/cli/cases.sh with krait and compares
# stdout, stderr (with the program name normalised) and exit status.
set -u
krait=$(readlink -f "$1")
cd "$(dirname "$0")/cli"
pass=0; fail=0
while IFS='|' read -r name args input; do
  case "$name" in ''|\#*) continue;; esac
  out=$(printf '%s' "$input" | eval "\"$krait\" $args" 2>/tmp/krait_cli_err.$$; echo "rc=$?")
  rc=${out##*rc=}; out=${out%rc=*}
  exp_out=$(cat "expected/$name.out"; echo "rc=")
  exp_out=${exp_out%rc=}
  exp_rc=$(cat "expected/$name.rc")
  ok=1
  [ "$out" == "$exp_out" ] || ok=0
  [ "$rc" == "$exp_rc" ] || ok=0
  # tracebacks name scripts by absolute path: compare base names only
  norm='s#File "[^"]*/([^/"]+)"#File "\1"#'
  cmp -s <(sed -E "$norm" /tmp/krait_cli_err.$$) <(sed -E "$norm" "expected/$name.err") || ok=0
  if [ $ok = 1 ]; then pass=$((pass+1)); else
    fail=$((fail+1)); echo "FAIL cli/$name (rc $rc, expected $exp_rc)"
    diff <(printf '%s' "$out") <(printf '%s' "$exp_out") | head -5
    diff <(sed -E "$norm" /tmp/krait_cli_err.$$) <(sed -E "$norm" "expected/$name.err") | head -10
  fi
done < cases.sh
rm -f /tmp/krait_cli_err.$$
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
