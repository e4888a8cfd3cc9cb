# Standard input: input() with prompts, readline, read(n), line iteration, and EOF.
import sys

name = input('name? ')
print('hello', repr(name))
print(repr(input()))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print('line', repr(line))
    if line.startswith('stop'):
        break
print(repr(input('last? ')))
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input('gone? ')
except EOFError as e:
    print('EOFError:', e)
