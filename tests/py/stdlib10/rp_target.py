"""doc of rp_target"""
import sys
result = (__name__, __doc__, __package__, extra if 'extra' in globals() else None)
argv0_is_file = sys.argv[0].endswith('rp_target.py')
in_modules = sys.modules.get(__name__) is not None and sys.modules[__name__].__dict__ is globals()
if __name__ == '__main__':
    print('rp_target running as main')
