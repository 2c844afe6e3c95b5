"""pstats: reports over profile statistics (cProfile, profile).

A Stats object holds one dict, `stats`, shared with the profilers:

    key   = (filename, firstlineno, funcname)       ('~', 0, label) for builtins
    value = (cc, nc, tt, ct, callers)
            cc primitive (non-recursive) calls, nc all calls, tt time inside
            the function itself, ct time including callees; callers maps a
            caller key to (nc, cc, tt, ct) of the calls from that caller
            (the pure-Python profiler stores a plain call count instead).

Sorting keeps a list of keys (fcn_list) ordered by a tuple of criteria;
each criterion indexes a row (cc, nc, tt, ct, filename, line, name,
std-string) and says ascending (1) or descending (-1).  The sort is
stable, so ties keep the dict's order, exactly as in CPython.

Abbreviated sort keys: every prefix of a key word is accepted unless two
words claim it; the expansion table is built in the order of
sort_arg_dict_default and stops at the first clash of each word, which is
why 'cu' means cumtime but 'c' and 'cum' mean nothing.

Output formats (column widths, "%8.3f" times, the "List reduced from"
note, callers/callees layout) follow CPython 3.11 character for character.
"""

import sys
import os
import re
import marshal
from enum import StrEnum
from functools import cmp_to_key
from dataclasses import dataclass

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]


class SortKey(StrEnum):
    CALLS = 'calls', 'ncalls'
    CUMULATIVE = 'cumulative', 'cumtime'
    FILENAME = 'filename', 'module'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    def __new__(cls, *values):
        # The first spelling is the value; the others look up the same member.
        member = str.__new__(cls, values[0])
        member._value_ = values[0]
        for alias in values[1:]:
            cls._value2member_map_[alias] = member
        member._all_values = values
        return member


@dataclass(unsafe_hash=True)
class FunctionProfile:
    ncalls: str
    tottime: float
    percall_tottime: float
    cumtime: float
    percall_cumtime: float
    file_name: str
    line_number: int


@dataclass(unsafe_hash=True)
class StatsProfile:
    total_tt: float
    func_profiles: dict


def _legacy_sort(n):
    return {-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}[n]


class Stats:
    """Statistics of one or more profiler runs, for sorting and printing.

    Stats(source, ..., stream=sys.stdout): each source is a file written by
    dump_stats(), a profiler (anything with create_stats()), or a Stats.
    """

    sort_arg_dict_default = {
        "calls": (((1, -1),), "call count"),
        "ncalls": (((1, -1),), "call count"),
        "cumtime": (((3, -1),), "cumulative time"),
        "cumulative": (((3, -1),), "cumulative time"),
        "filename": (((4, 1),), "file name"),
        "line": (((5, 1),), "line number"),
        "module": (((4, 1),), "file name"),
        "name": (((6, 1),), "function name"),
        "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
        "pcalls": (((0, -1),), "primitive call count"),
        "stdname": (((7, 1),), "standard name"),
        "time": (((2, -1),), "internal time"),
        "tottime": (((2, -1),), "internal time"),
    }

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        if args:
            first, rest = args[0], args[1:]
        else:
            first, rest = None, ()
        self.init(first)
        self.add(*rest)

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        try:
            self.get_top_level_stats()
        except Exception:
            print("Invalid timing data %s" %
                  (self.files[-1] if len(self.files) else ''), file=self.stream)
            raise

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            try:
                st = os.stat(arg)
                arg = __import__('time').ctime(st.st_mtime) + "    " + arg
            except Exception:
                pass
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            n = len(func_std_string(func))
            if n > self.max_name_len:
                self.max_name_len = n

    def add(self, *arg_list):
        if not arg_list:
            return self
        for item in reversed(arg_list):
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            for func in item.top_level:
                self.top_level.add(func)
            if self.max_name_len < item.max_name_len:
                self.max_name_len = item.max_name_len
            self.fcn_list = None
            for func, stat in item.stats.items():
                old = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        """Write the stats to a file, readable by Stats(filename)."""
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    def get_sort_arg_defs(self):
        """Expand all abbreviations that are unique."""
        if not self.sort_arg_dict:
            table = {}
            clashes = set()
            for word, spec in self.sort_arg_dict_default.items():
                for n in range(len(word), 0, -1):
                    prefix = word[:n]
                    if prefix in table:
                        clashes.add(prefix)
                        break
                    table[prefix] = spec
            for prefix in clashes:
                del table[prefix]
            self.sort_arg_dict = table
        return self.sort_arg_dict

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = [_legacy_sort(field[0])]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")

        defs = self.get_sort_arg_defs()
        criteria = ()
        names = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            criteria += defs[word][0]
            names.append(defs[word][1])
        self.sort_type = ", ".join(names)

        rows = []
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            rows.append((cc, nc, tt, ct) + func + (func_std_string(func), func))

        def compare(a, b):
            for index, direction in criteria:
                x, y = a[index], b[index]
                if x < y:
                    return -direction
                if x > y:
                    return direction
            return 0

        rows.sort(key=cmp_to_key(compare))
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        old = self.stats
        self.stats = new = {}
        longest = 0
        for func, (cc, nc, tt, ct, callers) in old.items():
            key = func_strip_path(func)
            n = len(func_std_string(key))
            if n > longest:
                longest = n
            new_callers = {}
            for caller, value in callers.items():
                new_callers[func_strip_path(caller)] = value
            if key in new:
                new[key] = add_func_stats(new[key], (cc, nc, tt, ct, new_callers))
            else:
                new[key] = (cc, nc, tt, ct, new_callers)
        self.top_level = {func_strip_path(f) for f in self.top_level}
        self.max_name_len = longest
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            if func not in callees:
                callees[func] = {}
            for caller, value in callers.items():
                if caller not in callees:
                    callees[caller] = {}
                callees[caller][func] = value

    # ---- printing -------------------------------------------------------

    def eval_print_amount(self, sel, list, msg):
        new_list = list
        if isinstance(sel, str):
            try:
                rex = re.compile(sel)
            except re.error:
                msg += "   <Invalid regular expression %r>\n" % sel
                return new_list, msg
            new_list = [func for func in list if rex.search(func_std_string(func))]
        else:
            count = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                count = int(count * sel + .5)
                new_list = list[:count]
            elif isinstance(sel, int) and 0 <= sel < count:
                new_list = list[:sel]
        if len(list) != len(new_list):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(list), len(new_list), sel)
        return new_list, msg

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            funcs = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            funcs = list(self.stats.keys())
            msg = "   Random listing order was used\n"
        for sel in sel_list:
            funcs, msg = self.eval_print_amount(sel, funcs, msg)
        if not funcs:
            return 0, funcs
        print(msg, file=self.stream)
        if len(funcs) < len(self.stats):
            width = max(len(func_std_string(f)) for f in funcs)
        return width + 2, funcs

    def print_stats(self, *amount):
        out = self.stream
        for filename in self.files:
            print(filename, file=out)
        if self.files:
            print(file=out)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=out)
        print(indent, self.total_calls, "function calls", end=' ', file=out)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=out)
        print("in %.3f seconds" % self.total_tt, file=out)
        print(file=out)
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_title()
            for func in funcs:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_callees(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in funcs:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_call_heading(width, "was called by...")
            for func in funcs:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        # The sub-header only makes sense for cProfile's tuple-valued callers.
        tuples = False
        for cc, nc, tt, ct, callers in self.stats.values():
            if callers:
                tuples = isinstance(next(iter(callers.values())), tuple)
                break
        if tuples:
            print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        indent = ""
        for func in sorted(call_dict.keys()):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                calls = '%d/%d' % (nc, cc) if nc != cc else '%d' % (nc,)
                text = '%s %s %s  %s' % (calls.rjust(7 + 2 * len(indent)),
                                         f8(tt), f8(ct), name)
                left = name_size + 1
            else:
                text = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
                left = name_size + 3
            print(indent * left + text, file=self.stream)
            indent = " "

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        out = self.stream
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc)
        if nc != cc:
            calls += '/' + str(cc)
        print(calls.rjust(9), end=' ', file=out)
        print(f8(tt), end=' ', file=out)
        print(' ' * 8 if nc == 0 else f8(tt / nc), end=' ', file=out)
        print(f8(ct), end=' ', file=out)
        print(' ' * 8 if cc == 0 else f8(ct / cc), end=' ', file=out)
        print(func_std_string(func), file=out)

    def get_stats_profile(self):
        """A StatsProfile: total time and one FunctionProfile per function
        name, in the current sort order (times rounded as printed)."""
        funcs = self.fcn_list[:] if self.fcn_list else list(self.stats.keys())
        if not funcs:
            return StatsProfile(0, {})
        profiles = {}
        result = StatsProfile(float(f8(self.total_tt)), profiles)
        for func in funcs:
            cc, nc, tt, ct, callers = self.stats[func]
            file_name, line_number, func_name = func
            ncalls = str(nc) if nc == cc else str(nc) + '/' + str(cc)
            profiles[func_name] = FunctionProfile(
                ncalls,
                float(f8(tt)),
                -1 if nc == 0 else float(f8(tt / nc)),
                float(f8(ct)),
                -1 if cc == 0 else float(f8(ct / cc)),
                file_name,
                line_number)
        return result


class TupleComp:
    """Compares tuples by a list of (index, direction) criteria."""

    def __init__(self, comp_select_list):
        self.comp_select_list = comp_select_list

    def compare(self, left, right):
        for index, direction in self.comp_select_list:
            l, r = left[index], right[index]
            if l < r:
                return -direction
            if l > r:
                return direction
        return 0


# ---- helpers on function keys and stat rows --------------------------------

def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


def add_func_stats(target, source):
    """Sum two stat rows (cc, nc, tt, ct, callers)."""
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    return (cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct,
            add_callers(t_callers, callers))


def add_callers(target, source):
    """Merge two callers dicts into a new one."""
    merged = dict(target)
    for func, value in source.items():
        if func in merged:
            if isinstance(value, tuple):
                merged[func] = tuple(a + b for a, b in zip(value, merged[func]))
            else:
                merged[func] += value
        else:
            merged[func] = value
    return merged


def count_calls(callers):
    """Total number of calls in a callers dict."""
    total = 0
    for calls in callers.values():
        total += calls
    return total


def f8(x):
    return "%8.3f" % x
