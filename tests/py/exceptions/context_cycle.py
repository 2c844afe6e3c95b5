try:
    try:
        raise KeyError('a')
    except KeyError as e:
        err = e
        raise ValueError('b') from e
except ValueError as v:
    err.__context__ = v
    print('set', flush=True)
    try:
        raise OSError('x')
    except OSError:
        print('caught', flush=True)
print('done')
