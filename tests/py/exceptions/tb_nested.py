import sys

class Config:
    def __init__(self, data):
        self.data = data

    def get(self, key):
        return self.data[key]

def load(items):
    return [Config(d).get("name").upper() for d in items]

def main():
    rows = [{"name": "a"}, {"name": None}]
    print(load(rows[:1]))
    return load(rows)

sys.exit(main())
