print("mainguard __name__:", __name__)
if __name__ == "__main__":
    print("run as main")
else:
    print("imported, not main")
