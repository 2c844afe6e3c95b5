"""cmd -- a framework for line-oriented command interpreters.

A Cmd subclass defines do_<name>(arg) methods; cmdloop() prompts, reads a
line (input() when use_rawinput, else self.stdin), splits off the command
word (identchars) and dispatches, until a handler returns a true value.
End of input becomes the command 'EOF'.  An empty line repeats the last
command; unknown commands print '*** Unknown syntax: ...'.  do_help lists
documented commands, help topics and undocumented commands in columns
exactly as CPython lays them out.  Tab completion via readline is not
available in krait, so completekey is accepted and ignored.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Prompt, read and dispatch lines until a command returns true."""
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            if self.cmdqueue:
                line = self.cmdqueue.pop(0)
            elif self.use_rawinput:
                try:
                    line = input(self.prompt)
                except EOFError:
                    line = 'EOF'
            else:
                self.stdout.write(self.prompt)
                self.stdout.flush()
                line = self.stdin.readline()
                line = line.rstrip('\r\n') if line else 'EOF'
            line = self.precmd(line)
            stop = self.onecmd(line)
            stop = self.postcmd(stop, line)
        self.postloop()

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    def parseline(self, line):
        """(command, argument, line); command is None if unparsable."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        i = 0
        n = len(line)
        while i < n and line[i] in self.identchars:
            i += 1
        return line[:i], line[i:].strip(), line

    def onecmd(self, line):
        """Run one command line; returns the handler's stop flag."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if cmd == '':
            return self.default(line)
        try:
            func = getattr(self, 'do_' + cmd)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = 'do_' + text
        return [a[3:] for a in self.get_names() if a.startswith(prefix)]

    def complete(self, text, state):
        return None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(a[5:] for a in self.get_names()
                     if a.startswith('help_' + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            helper = getattr(self, 'help_' + arg, None)
            if helper is not None:
                helper()
                return
            func = getattr(self, 'do_' + arg, None)
            doc = getattr(func, '__doc__', None) if func is not None else None
            if doc:
                self.stdout.write("%s\n" % str(doc))
                return
            self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
            return
        names = self.get_names()
        topics = {n[5:] for n in names if n[:5] == 'help_'}
        documented = []
        undocumented = []
        seen = set()
        for name in sorted(names):
            if name[:3] != 'do_' or name in seen:
                continue
            seen.add(name)
            cmd = name[3:]
            if cmd in topics:
                documented.append(cmd)
                topics.remove(cmd)
            elif getattr(self, name).__doc__:
                documented.append(cmd)
            else:
                undocumented.append(cmd)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print strings in as few rows as fit in displaywidth, filling
        column by column, columns two spaces apart."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i, x in enumerate(list) if not isinstance(x, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s"
                            % ", ".join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        for nrows in range(1, size):
            ncols = (size + nrows - 1) // nrows
            widths = []
            total = -2
            for col in range(ncols):
                w = max(len(x) for x in list[col * nrows:(col + 1) * nrows])
                widths.append(w)
                total += w + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                break
        else:
            nrows = size
            ncols = 1
            widths = [0]
        for row in range(nrows):
            texts = [list[row + nrows * col] if row + nrows * col < size else ""
                     for col in range(ncols)]
            while texts and not texts[-1]:
                texts.pop()
            line = "  ".join(t.ljust(widths[c]) for c, t in enumerate(texts))
            self.stdout.write("%s\n" % line)
