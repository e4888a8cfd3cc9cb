import sys

print(sys.argv)
print("to stderr", file=sys.stderr)
sys.exit(3)
