import io
b = io.BytesIO(b"hello world")
v = b.getbuffer(); print(v.nbytes, len(v), bytes(v[:5]), v[0], v.tobytes()); v.release()
b.write(b"HE"); print(bytes(b.getbuffer()), io.BytesIO().getbuffer().nbytes)
b.close()
try: b.getbuffer()
except ValueError as e: print(e)
