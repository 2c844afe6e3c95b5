def cleanup():
    try:
        raise ValueError("original")
    finally:
        print("cleanup ran")


def handler():
    try:
        cleanup()
    except KeyError:
        print("not this one")


handler()
