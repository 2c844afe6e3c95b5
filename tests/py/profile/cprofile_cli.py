# `python -m cProfile [-s sort] [-o file] script args`: run as a child
# process; times are masked.
import subprocess, sys, re, os, pstats, io, tempfile

def run(*args):
    r = subprocess.run([sys.executable, '-m', 'cProfile', *args],
                       capture_output=True, text=True)
    print('rc', r.returncode)
    print(re.sub(r'\d+\.\d{3}', 'T', r.stdout))
    if r.stderr:
        print(r.stderr.strip().splitlines()[-1])

run('-s', 'stdname', 'cprofile_cli_target.py', 'a', 'b')
run('--sort=nfl', 'cprofile_cli_target.py')
run()
run('-s', 'bogus', 'cprofile_cli_target.py')
run('-x')
out = os.path.join(tempfile.mkdtemp(), 'cli.prof')
run('-o', out, 'cprofile_cli_target.py', 'z')
s = pstats.Stats(out, stream=io.StringIO())
print(sorted((k[2], v[1]) for k, v in s.strip_dirs().stats.items()))
os.remove(out)
os.rmdir(os.path.dirname(out))
