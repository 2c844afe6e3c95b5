import sys
def f(n):
    return n if n < 2 else f(n - 1) + f(n - 2)
if __name__ == '__main__':
    print(f(6), sys.argv[1:])
