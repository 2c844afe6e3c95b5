"""unittest for krait: a from-scratch implementation of the documented API.

Layout: case.py (TestCase, skips, SkipTest), suite.py (TestSuite with class
and module fixtures), loader.py (TestLoader), result.py (TestResult and
traceback cleaning), runner.py (TextTestRunner/TextTestResult) and main.py
(unittest.main).  Every module sets __unittest so that frames of this
package are hidden from failure tracebacks, as users expect.
"""
__unittest = True

from .result import TestResult
from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                   skipUnless, expectedFailure, addModuleCleanup,
                   doModuleCleanups)
from .suite import BaseTestSuite, TestSuite
from .loader import (TestLoader, defaultTestLoader, getTestCaseNames,
                     makeSuite, findTestCases)
from .runner import TextTestRunner, TextTestResult
from .main import TestProgram, main

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner',
           'TestLoader', 'FunctionTestCase', 'main', 'defaultTestLoader',
           'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure',
           'TextTestResult', 'addModuleCleanup', 'doModuleCleanups',
           'TestProgram', 'BaseTestSuite']
