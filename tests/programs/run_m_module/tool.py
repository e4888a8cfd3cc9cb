import sys
print(__name__, __package__ == "", sys.argv[0].endswith("tool.py"), sys.argv[1:])
if __name__ == "__main__":
    print("running as main")
    raise SystemExit(4)
