import os
print('before')
with os.popen('echo hello; echo world') as p:
    print(p.read())
p = os.popen('exit 3')
print(p.read(), p.close())
p = os.popen('cat > /dev/null', 'w')
p.write('data')
print(p.close())
print(os.popen('printf "a\\nb\\n"').readlines())
print(os.waitstatus_to_exitcode(256))
pid = os.fork()
if pid == 0:
    os.execv('/bin/sh', ['sh', '-c', 'exit 5'])
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
with os.popen('echo "$KR_POPEN_VAR"') as p:
    print(repr(p.read()))
os.environ['KR_POPEN_VAR'] = 'from parent'
with os.popen('echo "$KR_POPEN_VAR"') as p:
    print(repr(p.read()))
for line in os.popen('seq 3'):
    print(line.rstrip())
