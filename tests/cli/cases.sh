# Command-line cases: each line "NAME|ARGS|STDIN".  Expected stdout, stderr
# and exit status were produced by python3.11 with the same arguments
# (scripts/regen-cli.sh) and live in expected/NAME.{out,err,rc}.
argv_file|args.py one two --three|
argv_c|-c "import sys; print(sys.argv)" a b|
argv_stdin|- x y|import sys; print(sys.argv)
stdin_default||print("from stdin", 6 * 7)
exit_int|-c "import sys; sys.exit(3)"|
exit_none|-c "raise SystemExit"|
exit_msg|-c "raise SystemExit('goodbye')"|
exit_zero_str|-c "import sys; sys.exit(0)"|
uncaught|uncaught.py|
uncaught_chain|chain.py|
syntax_error|-c "x = (1,"|
syntax_error_file|bad_syntax.py|
indent_error|bad_indent.py|
xoptions|-X foo -X bar=baz -c "import sys; print(sorted(sys._xoptions.items()))"|
main_guard|main_guard.py|
flush_order|-c "import sys; print('out'); print('err', file=sys.stderr); print('out2')"|
