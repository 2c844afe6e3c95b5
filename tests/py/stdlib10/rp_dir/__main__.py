import sys
print('rp_dir main:', __name__, __spec__.name, sys.argv[0].endswith('rp_dir'))
value = 42
