# Calling the file classes directly: FileIO, Buffered* over a FileIO, TextIOWrapper.
import io
def t(label, f):
    try: r = f()
    except Exception as e: print(label, '!', type(e).__name__, e)
    else: print(label, '->', repr(r))
P = 'io/data/mixed_newlines.txt'
r = io.FileIO(P); print(repr(r), r.read(5), r.mode)
t('fileio rb', lambda: io.FileIO(P, 'rb').read())
b = io.BufferedReader(io.FileIO(P)); print(repr(b), b.readline())
tw = io.TextIOWrapper(io.BufferedReader(io.FileIO(P)), encoding='utf-8'); print(repr(tw), tw.readlines())
t('mode attr', lambda: tw.mode)
t('fileio missing', lambda: io.FileIO('nope'))
t('writer on reader', lambda: io.BufferedWriter(io.FileIO(P)))
t('random on reader', lambda: io.BufferedRandom(io.FileIO(P)))
with io.TextIOWrapper(open(P, 'rb'), newline='') as g: print(g.read())
