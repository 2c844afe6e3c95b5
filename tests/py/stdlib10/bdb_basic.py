import bdb
import os
import sys
import bdb_target

TARGET = os.path.basename(bdb_target.__file__)


class Scripted(bdb.Bdb):
    """Answers each stop with the next command of a script."""

    def __init__(self, script, **kw):
        super().__init__(**kw)
        self.script = list(script)
        self.log = []

    def where(self, frame):
        return '%s:%s:%d' % (os.path.basename(frame.f_code.co_filename),
                             frame.f_code.co_name, frame.f_lineno)

    def next_command(self, frame):
        cmd = self.script.pop(0) if self.script else 'continue'
        if cmd == 'step':
            self.set_step()
        elif cmd == 'next':
            self.set_next(frame)
        elif cmd == 'return':
            self.set_return(frame)
        elif cmd == 'until':
            self.set_until(frame)
        elif cmd == 'quit':
            self.set_quit()
        else:
            self.set_continue()

    def user_call(self, frame, args):
        self.log.append('call ' + self.where(frame))
        self.next_command(frame)

    def user_line(self, frame):
        self.log.append('line ' + self.where(frame))
        self.next_command(frame)

    def user_return(self, frame, value):
        self.log.append('return %s -> %r' % (self.where(frame), value))
        self.next_command(frame)

    def user_exception(self, frame, exc_info):
        self.log.append('exception %s %s' % (self.where(frame), exc_info[0].__name__))
        self.next_command(frame)

    def do_clear(self, arg):
        self.log.append('clear ' + arg)
        self.clear_bpbynumber(arg)


def show(d, result):
    print('result', result)
    for entry in d.log:
        if TARGET in entry or 'bdb_basic' in entry or entry.startswith('clear'):
            print('  ', entry)


d = Scripted(['step'] * 12)
show(d, d.runcall(bdb_target.main))

d = Scripted(['next'] * 10)
show(d, d.runcall(bdb_target.main))

d = Scripted(['step', 'step', 'step', 'return', 'next', 'next'])
show(d, d.runcall(bdb_target.main))

bdb.Breakpoint.clearBreakpoints()
d = Scripted(['continue'] * 10)
fn = bdb_target.__file__
print(d.set_break(fn, 2))
print(d.set_break(fn, 7, temporary=True))
print(d.set_break(fn, 999) == 'Line %s:%d does not exist' % (d.canonic(fn), 999))
print(d.get_break(fn, 2), d.get_break(fn, 3), d.get_file_breaks(fn), len(d.get_breaks(fn, 2)))
show(d, d.runcall(bdb_target.main))
bp = d.get_bpbynumber(1)
print(bp.number, bp.line, bp.hits, bp.enabled, bp.temporary)
print(bp.bpformat().replace(d.canonic(fn), '<f>'))
print(str(bp).replace(d.canonic(fn), '<f>'))
for arg in ['', 'x', '99', '2']:
    try:
        d.get_bpbynumber(arg)
    except ValueError as e:
        print('ValueError', e)
print(d.clear_break(fn, 3) == 'There is no breakpoint at %s:3' % d.canonic(fn))
print(d.clear_break(fn, 2), d.get_all_breaks())
print(d.clear_all_breaks())

bdb.Breakpoint.clearBreakpoints()
d = Scripted(['continue'] * 10)
d.set_break(fn, 2, cond='a == 3')
b2 = d.get_bpbynumber(1)
show(d, d.runcall(bdb_target.main))
print(b2.hits, b2.bpformat().replace(d.canonic(fn), '<f>'))
b2.ignore = 1
b2.cond = None
d.log.clear()
show(d, d.runcall(bdb_target.main))
print(d.clear_all_file_breaks(fn), d.clear_all_file_breaks(fn) is not None)
bdb.Breakpoint.clearBreakpoints()

d = Scripted(['step', 'quit'])
show(d, d.runcall(bdb_target.main))

d = Scripted(['step'] * 3)
ns = {'bdb_target': bdb_target}
d.run('r = bdb_target.add(5, 6)', ns)
print(ns['r'], [e for e in d.log if 'string' in e or TARGET in e])
d = Scripted([])
print(d.runeval('bdb_target.add(2, 2) * 10', ns))
print(d.canonic('<string>'), d.canonic('x.py') == os.path.abspath('x.py'))
d = Scripted(['step'] * 4, skip=['bdb_tar*'])
show(d, d.runcall(bdb_target.main))
print(d.is_skipped_module('bdb_target'), d.is_skipped_module(None))
try:
    bdb.Bdb().do_clear('1')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(sys.gettrace())
