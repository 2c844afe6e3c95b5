import pickle
pb = pickle.PickleBuffer(b'abc')
print(pickle.dumps(pb, 5))
print(pickle.dumps(pickle.PickleBuffer(bytearray(b'xy')), 5))
bufs = []
d = pickle.dumps([pickle.PickleBuffer(b'oob'), 1], 5, buffer_callback=bufs.append)
print(d, len(bufs))
print(pickle.loads(d, buffers=[b'OOB']))
try:
    pickle.dumps(pb, 4)
except pickle.PicklingError as e:
    print(e)
try:
    pickle.loads(d)
except pickle.UnpicklingError as e:
    print(e)
try:
    pickle.dumps(1, 4, buffer_callback=print)
except ValueError as e:
    print(e)
