def bare():
    try:
        return 1 / 0
    except ZeroDivisionError:
        raise

def named():
    try:
        bare()
    except ZeroDivisionError as e:
        raise e

def ctx():
    try:
        named()
    finally:
        print("finally ran")

try:
    ctx()
except ZeroDivisionError:
    print("caught once")
ctx()
