class MyError(Exception):
    pass

try:
    {}["missing"]
except KeyError as e:
    raise MyError("wrapped") from e
