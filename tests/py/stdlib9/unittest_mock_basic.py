from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel, DEFAULT, mock_open, PropertyMock, create_autospec
import os, unittest
m = Mock()
m(1, 2, a=3); m.method("x"); m.method.sub(5); m.other().chain(7)
print(m.called, m.call_count, m.call_args, m.call_args_list, m.call_args.args, m.call_args.kwargs)
print(m.method_calls)
print(m.mock_calls)
print(m.method.call_args, m.method.mock_calls, m.other.return_value.chain.call_args)
print(m.mock_calls == [call(1, 2, a=3), call.method("x"), call.method.sub(5), call.other(), call.other().chain(7)])
m.assert_called_with(1, 2, a=3); m.method.assert_called_once_with("x"); m.assert_any_call(1, 2, a=ANY)
m.assert_has_calls([call.method("x"), call.method.sub(5)])
for f in [lambda: m.assert_called_with(9), lambda: m.method.sub.assert_not_called(), lambda: Mock().assert_called(), lambda: m.assert_called_once_with(5) if False else m.method.assert_called_once_with("y"), lambda: Mock(name="foo").assert_called_with(1), lambda: m.assert_has_calls([call.nope()]), lambda: m.assert_any_call(42), lambda: m.assert_has_calls([call.method("x"), call(1)], any_order=True)]:
    try: f()
    except AssertionError as e: print("AE:", e)
m2 = Mock(return_value=5); print(m2(), m2.return_value)
m3 = Mock(side_effect=[1, 2, ValueError("boom")]); print(m3(), m3())
try: m3()
except ValueError as e: print("raised", e)
m4 = Mock(side_effect=KeyError("k"))
try: m4()
except KeyError as e: print("raised", repr(e))
m5 = Mock(side_effect=lambda x: x * 10); print(m5(4))
m6 = Mock(**{"method.return_value": 3, "attr": "v"}); print(m6.method(), m6.attr)
m6.configure_mock(**{"a.b.return_value": 9}); print(m6.a.b())
s = Mock(spec=["allowed"]); print(s.allowed is not None)
try: s.forbidden
except AttributeError as e: print("AttributeError", e)
try: m.assert_caled()
except AttributeError as e: print("AttributeError", e)
mm = MagicMock()
print(len(mm), bool(mm), int(mm), float(mm), 3 in mm, mm[1] is mm[2], mm == mm, mm != mm, mm < 3 if False else "")
mm.__len__.return_value = 7; mm.__getitem__.side_effect = lambda k: k * 2; mm.__iter__.return_value = [1, 2]
print(len(mm), mm[21], list(mm))
with mm as ctx: print(ctx is mm.__enter__.return_value)
mm.__str__.return_value = "custom"; print(str(mm))
print(mm.mock_calls[:2])
mm.reset_mock(); print(mm.mock_calls, mm.called)
class Calc:
    def add(self, a, b): return a + b
    @property
    def p(self): return 1
with patch.object(Calc, "add", return_value=100) as pm:
    print(Calc().add(1, 2), pm.call_count)
print(Calc().add(1, 2))
with patch("os.getcwd", return_value="/fake") as g:
    print(os.getcwd(), g.called)
print(os.getcwd() != "/fake")
@patch("os.path.exists")
@patch("os.listdir")
def f(mock_listdir, mock_exists):
    mock_exists.return_value = True; mock_listdir.return_value = ["a"]
    return os.path.exists("x"), os.listdir("."), mock_exists.call_args
print(f())
d = {"a": 1}
with patch.dict(d, {"b": 2}): print(d)
print(d)
with patch.dict(os.environ, {"MY_VAR": "1"}, clear=False): print(os.environ["MY_VAR"])
print("MY_VAR" in os.environ)
p = patch("os.getpid", return_value=-1); p.start(); print(os.getpid()); p.stop(); print(os.getpid() > 0)
with patch("builtins.open", mock_open(read_data="line1\nline2\n")) as mo:
    with open("any.txt") as fh: print(repr(fh.read()))
    with open("any.txt") as fh: print(fh.readlines())
    with open("any.txt") as fh: print([l for l in fh])
    mo.assert_called_with("any.txt")
with patch("builtins.open", mock_open()) as mo:
    with open("out.txt", "w") as fh: fh.write("data")
    mo().write.assert_called_once_with("data")
with patch.object(Calc, "p", new_callable=PropertyMock) as pp:
    pp.return_value = 42; print(Calc().p)
print(sentinel.foo, sentinel.foo is sentinel.foo, DEFAULT, ANY == 5, call(1, x=2), call.a.b(3), repr(call))
m7 = Mock(wraps=Calc()); print(m7.add(2, 3), m7.add.call_args)
a = create_autospec(Calc); inst = a(); inst.add(1, 2); inst.add.assert_called_once_with(1, 2); print(isinstance(inst, Calc))
parent = Mock(); child = Mock(); parent.attach_mock(child, "kid"); child(1); print(parent.mock_calls)
m8 = Mock(); m8.side_effect = [1]; print(m8())
try: m8()
except StopIteration: print("StopIteration")
class T(unittest.TestCase):
    @patch("os.getcwd", return_value="/x")
    def test_a(self, g): self.assertEqual(os.getcwd(), "/x")
    def test_b(self):
        with patch("os.getcwd") as g:
            g.return_value = "/y"; self.assertEqual(os.getcwd(), "/y"); g.assert_called_once()
    def test_fail(self):
        mk = Mock(); mk(1); self.assertRaises(AssertionError, mk.assert_called_once_with, 2)
unittest.main(exit=False)
