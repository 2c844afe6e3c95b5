print("runonce executing")
loaded = True
