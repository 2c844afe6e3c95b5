# An uncaught exception: output so far is kept, the exit status is 1.
print('before')


def fail():
    raise ValueError('uncaught!')


fail()
print('never')
