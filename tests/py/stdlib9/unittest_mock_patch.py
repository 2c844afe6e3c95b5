import unittest, os, json
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call
class Service:
    def fetch(self, url): raise RuntimeError("network")
    def process(self, url):
        data = self.fetch(url)
        return data.upper()
@patch.object(Service, "fetch", return_value="abc")
class TestService(unittest.TestCase):
    def test_process(self, mock_fetch):
        self.assertEqual(Service().process("u"), "ABC")
        mock_fetch.assert_called_once_with("u")
    def test_other(self, mock_fetch):
        mock_fetch.side_effect = ValueError("bad")
        with self.assertRaises(ValueError): Service().process("u")
        self.assertEqual(mock_fetch.call_count, 1)
    def helper(self): pass
class TestMultiple(unittest.TestCase):
    @patch.multiple("os.path", exists=mock.DEFAULT, isdir=mock.DEFAULT)
    def test_multi(self, exists, isdir):
        exists.return_value = False; isdir.return_value = True
        self.assertFalse(os.path.exists("x")); self.assertTrue(os.path.isdir("y"))
    def test_calls(self):
        m = MagicMock()
        m.connect("db").cursor().execute("SELECT 1")
        self.assertEqual(m.mock_calls, [call.connect("db"), call.connect().cursor(), call.connect().cursor().execute("SELECT 1")])
        m.connect.return_value.cursor.return_value.execute.assert_called_with("SELECT 1")
    def test_side_effect_default(self):
        m = Mock(return_value=10)
        m.side_effect = lambda x: mock.DEFAULT if x > 0 else -1
        self.assertEqual((m(1), m(-1)), (10, -1))
    def test_spec(self):
        m = Mock(spec=Service)
        self.assertIsInstance(m, Service)
        with self.assertRaises(AttributeError): m.nonexistent
        m.fetch("z"); m.fetch.assert_called_once_with("z")
    def test_json(self):
        with patch("json.loads", side_effect=[{"a": 1}, {"b": 2}]) as jl:
            self.assertEqual(json.loads("x"), {"a": 1}); self.assertEqual(json.loads("y"), {"b": 2})
            self.assertEqual(jl.call_args_list, [call("x"), call("y")])
    def test_messages(self):
        m = Mock(name="svc")
        m(1, key="v")
        for f, args in [(m.assert_called_with, (2,)), (m.assert_called_once_with, ()), (m.assert_not_called, ())]:
            try: f(*args)
            except AssertionError as e: print(e)
        m(2)
        try: m.assert_called_once()
        except AssertionError as e: print(e)
        n = Mock(); n.method(1)
        try: n.method.assert_called_with(1, 2)
        except AssertionError as e: print(e)
        try: n.assert_has_calls([call.method(2)])
        except AssertionError as e: print(e)
    def test_dict_decorator(self):
        cfg = {"debug": False}
        @patch.dict(cfg, debug=True)
        def inner(): return cfg["debug"]
        self.assertTrue(inner()); self.assertFalse(cfg["debug"])
    def test_reset(self):
        m = Mock(return_value=3); m(); m.reset_mock(); self.assertFalse(m.called); self.assertEqual(m(), 3)
        m.reset_mock(return_value=True); self.assertIsInstance(m(), Mock)
    def test_magic_config(self):
        m = MagicMock(); m.__getitem__.return_value = "item"; m.__contains__.return_value = True
        self.assertEqual(m["k"], "item"); self.assertIn("x", m)
        m.__iter__.return_value = iter([1, 2]); self.assertEqual(list(iter(m)), [1, 2])
        m.__enter__.return_value = "ctx"
        with m as v: self.assertEqual(v, "ctx")
        m.__exit__.assert_called_once_with(None, None, None)
if __name__ == "__main__":
    unittest.main(verbosity=2)
