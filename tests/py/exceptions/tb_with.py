class Resource:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__)
        return False

def use():
    with Resource() as r:
        r.missing_method()

use()
