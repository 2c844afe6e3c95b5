import subprocess, sys, os, tempfile

r = subprocess.run(['echo', 'hi'], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.run(['echo', 'hi'], stdout=subprocess.PIPE, text=True))
print(subprocess.run(['false']))
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(repr(e), e.returncode, e.cmd, e.output)
print(subprocess.run('echo $((1+2)) && echo err >&2', shell=True, capture_output=True))
print(subprocess.run('echo out; echo err >&2', shell=True, stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT).stdout)
print(subprocess.run(['cat'], input=b'piped data\n', capture_output=True).stdout)
print(subprocess.run(['cat'], input='text\r\nmode\n', capture_output=True, text=True).stdout)
print(repr(subprocess.check_output(['printf', 'a\\nb'])))
print(repr(subprocess.check_output(['printf', 'x\\r\\ny'], universal_newlines=True)))
print(subprocess.check_call(['true']), subprocess.call(['sh', '-c', 'exit 3']))
try:
    subprocess.check_call(['sh', '-c', 'exit 4'])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_output('exit 5', shell=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e.output))
print(subprocess.run(['echo', 'gone'], stdout=subprocess.DEVNULL))
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True).stdout)

d = tempfile.mkdtemp()
print(subprocess.run(['pwd'], cwd=d, capture_output=True, text=True).stdout.strip() == os.path.realpath(d))
os.rmdir(d)
env = {'PATH': os.environ['PATH'], 'KRAIT_TEST_VAR': 'value42'}
print(subprocess.run('echo $KRAIT_TEST_VAR', shell=True, env=env, capture_output=True).stdout)

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'hello popen')
print(out, err, p.returncode, p.poll(), p.wait())
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True)
p.stdin.write('line\n')
p.stdin.close()
print(repr(p.stdout.read()), p.wait())
p.stdout.close()
p = subprocess.Popen(['sleep', '5'])
print(p.poll())
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e, repr(e))
p.kill()
print(p.wait())
try:
    subprocess.run(['sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)
try:
    subprocess.run(['sh', '-c', 'echo early; sleep 5'], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e.timeout, e.stdout)
try:
    subprocess.run(['no_such_program_krait'])
except FileNotFoundError as e:
    print(e)
with subprocess.Popen(['printf', 'ctx'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
print(subprocess.CompletedProcess(['a'], 0, 'x', 'y'))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.getstatusoutput('echo hello; exit 2'), subprocess.getoutput('echo x'))
with tempfile.TemporaryFile() as f:
    subprocess.run(['echo', 'to file'], stdout=f)
    f.seek(0)
    print(f.read())
r = subprocess.run([sys.executable, '-c', 'import sys; print(sys.argv[1:]); sys.exit(7)', 'a', 'b'],
                   capture_output=True, text=True)
print(r.returncode, r.stdout)
