import signal, os, threading
print(signal.SIGINT, signal.SIGTERM, int(signal.SIGKILL), signal.SIGUSR1.name)
print(repr(signal.SIGINT), repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(signal.NSIG, signal.SIGALRM.value, signal.SIGCHLD == 17)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1))
got = []
def h(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGUSR1, h)
print(old, signal.getsignal(signal.SIGUSR1) is h)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h)
signal.raise_signal(signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
prev = signal.signal(signal.SIGINT, signal.SIG_IGN)
print(prev is signal.default_int_handler)
os.kill(os.getpid(), signal.SIGINT)
print("ignored SIGINT")
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
    for i in range(1000):
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt 2")
for bad in (0, 1000):
    try:
        signal.signal(bad, signal.SIG_IGN)
    except ValueError as e:
        print(e)
try:
    signal.signal(signal.SIGUSR2, 42)
except TypeError as e:
    print(e)
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e:
    print(e)
err = []
def t():
    try:
        signal.signal(signal.SIGUSR2, signal.SIG_IGN)
    except ValueError as e:
        err.append(str(e))
th = threading.Thread(target=t); th.start(); th.join()
print(err)
print(signal.strsignal(signal.SIGTERM), signal.alarm(0))
print(signal.SIGINT in signal.valid_signals(), len(signal.valid_signals()) > 30)
print(isinstance(signal.SIGINT, int), signal.Signals(15))
fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(signal.Signals(s).name))
print(signal.alarm(1))
signal.pause()
print(fired, signal.alarm(0))
signal.signal(signal.SIGALRM, signal.SIG_DFL)
