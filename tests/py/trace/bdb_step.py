# bdb (the debugger framework under pdb) stepping and breakpoints over
# sys.settrace: user_call/line/return/exception and set_break.
import bdb

class Stepper(bdb.Bdb):
    def here(self, frame):
        return frame.f_code.co_filename == __file__
    def user_call(self, frame, args):
        if self.here(frame):
            print("user_call", frame.f_code.co_name)
        self.set_step()
    def user_line(self, frame):
        if self.here(frame):
            print("user_line", frame.f_code.co_name,
                  frame.f_lineno - frame.f_code.co_firstlineno)
        self.set_step()
    def user_return(self, frame, value):
        if self.here(frame):
            print("user_return", frame.f_code.co_name, value)
        self.set_step()
    def user_exception(self, frame, exc_info):
        if self.here(frame):
            print("user_exception", frame.f_code.co_name, exc_info[0].__name__)
        self.set_step()

def sq(x):
    y = x * x
    return y

def main():
    a = sq(3)
    try:
        {}[1]
    except KeyError:
        a += 1
    for i in range(2):
        a += i
    return a

print(Stepper().runcall(main))

class Breaker(bdb.Bdb):
    def user_line(self, frame):
        print("break at", frame.f_code.co_name,
              frame.f_lineno - frame.f_code.co_firstlineno,
              sorted(frame.f_locals.items()))
        self.set_continue()

b = Breaker()
b.set_break(__file__, sq.__code__.co_firstlineno + 2)
print(b.runcall(main))
print(b.runcall(sq, 5))
