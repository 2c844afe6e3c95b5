Y = __name__
