class Box:
    def __init__(self):
        self.value = 1

b = Box()
print(b.value)
print(b.valeu)
