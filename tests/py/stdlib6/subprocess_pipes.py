import subprocess, sys

# more than a pipe buffer on both stdout and stderr at once must not deadlock
cmd = 'head -c 200000 /dev/zero | tr "\\0" a; head -c 150000 /dev/zero | tr "\\0" b >&2'
r = subprocess.run(cmd, shell=True, capture_output=True)
print(len(r.stdout), len(r.stderr), r.stdout[:3], r.stderr[-3:])

# large input through cat, both directions
data = bytes(range(256)) * 1000
r = subprocess.run(['cat'], input=data, stdout=subprocess.PIPE)
print(len(r.stdout), r.stdout == data)
r = subprocess.run(['wc', '-c'], input=data, capture_output=True)
print(r.stdout.split()[0])

# text mode with encoding and a non-ASCII payload
r = subprocess.run(['cat'], input='héllo wörld\n', capture_output=True, encoding='utf-8')
print(r.stdout, r.stderr)
print(subprocess.check_output(['printf', 'caf\\303\\251'], text=True))

# several Popen objects alive at once: each sees EOF independently
ps = [subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) for _ in range(3)]
outs = [p.communicate(('proc %d' % i).encode())[0] for i, p in enumerate(ps)]
print(outs, [p.returncode for p in ps])

# stderr to stdout ordering from one process
r = subprocess.run(['sh', '-c', 'echo 1; echo 2 >&2; echo 3'], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT, text=True)
print(r.stdout.split())
p = subprocess.Popen(['sh', '-c', 'kill -TERM $$'])
print(p.wait())
try:
    subprocess.run(['sh', '-c', 'kill -KILL $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
p = subprocess.Popen(['sleep', '10'])
p.terminate()
print(p.wait(), p.returncode)
print(subprocess.run(['true'], stdout=sys.stdout).returncode)
sys.stdout.flush()
subprocess.run(['echo', 'direct to inherited stdout'])
print(subprocess.call('exit 0', shell=True))
