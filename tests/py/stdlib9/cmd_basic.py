import cmd, io, sys
class Shell(cmd.Cmd):
    intro = "Welcome. Type help or ? to list commands."
    prompt = "(shell) "
    def do_greet(self, arg):
        "Greet someone: greet NAME"
        print("Hello,", arg or "stranger")
    def do_add(self, arg):
        "Add numbers: add 1 2 3"
        print(sum(map(int, arg.split())))
    def do_undoc(self, arg): print("undoc", repr(arg))
    def help_topic(self): print("topic help")
    def do_quit(self, arg):
        "Quit the shell"
        print("Bye"); return True
    def do_EOF(self, arg):
        print(); return True
    def precmd(self, line):
        return line.lower() if line.startswith("GREET") else line
s = Shell(stdin=io.StringIO("greet Bob\nadd 1 2 3\n\nundoc  x y \nhelp\nhelp greet\nhelp topic\nhelp nothing\n?add\nbogus cmd\n!ls\nGREET LOUD\nquit\n"))
s.use_rawinput = False
s.cmdloop()
s2 = Shell(); s2.cmdqueue = ["greet Q", "quit"]; s2.cmdloop("custom intro")
print(s.parseline("  add 5 6 "), s.parseline("?x"), s.parseline(""))
c = cmd.Cmd(stdout=sys.stdout)
c.columnize([str(i) * (i % 7 + 1) for i in range(40)], 60)
c.columnize([]); c.columnize(["one"])
print(s.onecmd("add 10 20"), s.onecmd("quit"), s.lastcmd)
s3 = Shell(); s3.cmdloop()
print("after EOF")
