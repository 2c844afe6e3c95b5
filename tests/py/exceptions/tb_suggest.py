def work():
    counter = 1
    return countr + 1

try:
    work()
except NameError as e:
    print("caught:", e)
work()
