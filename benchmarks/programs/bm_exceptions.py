# Exceptions raised and caught in loops: try/except/else/finally, custom
# exception classes with attributes, exception chaining, re-raise, catching
# by base class, StopIteration from next(), KeyError/IndexError/ValueError
# from built-in operations, and context managers with __exit__.


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class RetryError(AppError):
    pass


class FatalError(AppError):
    pass


class Guard:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log[0] += 1
        return self

    def __exit__(self, typ, val, tb):
        if typ is RetryError:
            self.log[1] += 1
            return True
        return False


def risky(i):
    if i % 7 == 0:
        raise RetryError(i, "retry")
    if i % 13 == 0:
        raise FatalError(i, "fatal")
    if i % 5 == 0:
        raise ValueError(i)
    return i


def layered(i):
    try:
        return risky(i)
    except ValueError as e:
        raise AppError(-1, "wrapped") from e


def main():
    caught = {"retry": 0, "fatal": 0, "app": 0, "ok": 0, "finally": 0}
    codes = 0
    for i in range(600000):
        try:
            layered(i)
        except RetryError as e:
            caught["retry"] += 1
            codes += e.code
        except FatalError as e:
            caught["fatal"] += 1
            codes -= e.code
        except AppError as e:
            caught["app"] += 1
            if e.__cause__ is not None:
                codes += e.__cause__.args[0] % 3
        else:
            caught["ok"] += 1
        finally:
            caught["finally"] += 1

    d = {}
    lst = [1, 2, 3]
    misses = 0
    for i in range(500000):
        try:
            d[i % 50] += 1
        except KeyError:
            d[i % 50] = 1
            misses += 1
        try:
            lst[i % 5]
        except IndexError:
            misses += 1
        try:
            int("x" if i % 4 == 0 else "12")
        except ValueError:
            misses += 1

    log = [0, 0]
    survived = 0
    for i in range(300000):
        try:
            with Guard(log):
                risky(i)
                survived += 1
        except AppError:
            survived -= 1
        except ValueError:
            pass

    it_count = 0
    for _ in range(150000):
        it = iter((1, 2))
        while True:
            try:
                next(it)
            except StopIteration:
                break
            it_count += 1

    reraised = 0
    for i in range(150000):
        try:
            try:
                raise KeyError(i)
            except KeyError:
                reraised += 1
                raise
        except LookupError as e:
            reraised += e.args[0] & 1

    print(sorted(caught.items()), codes)
    print(misses, sum(d.values()), log, survived, it_count, reraised)


main()
