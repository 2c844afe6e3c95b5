import sys
print("start")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code)
sys.exit("fatal message")
