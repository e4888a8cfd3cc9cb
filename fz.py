import struct, array
res = []
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('x')
    print("memoryview(b'abcdefgh').cast('x')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('x')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast(b'abc')
    print("memoryview(b'abcdefgh').cast(b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast(b'abc')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast(1)
    print("memoryview(b'abcdefgh').cast(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast(1)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('3s')
    print("memoryview(b'abcdefgh').cast('3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('3s')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast(2**63)
    print("memoryview(b'abcdefgh').cast(2**63)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast(2**63)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast(slice(None))
    print("memoryview(b'abcdefgh').cast(slice(None))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast(slice(None))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast(array.array('i', [1,2]))
    print("memoryview(b'abcdefgh').cast(array.array('i', [1,2]))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast(array.array('i', [1,2]))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast(3.5)
    print("memoryview(b'abcdefgh').cast(3.5)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast(3.5)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast(-1)
    print("memoryview(b'abcdefgh').cast(-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast(-1)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast(bytearray(b'xy'))
    print("memoryview(b'abcdefgh').cast(bytearray(b'xy'))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast(bytearray(b'xy'))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast(float('nan'))
    print("memoryview(b'abcdefgh').cast(float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast(float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast((1,))
    print("memoryview(b'abcdefgh').cast((1,))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast((1,))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast(1)
    print("memoryview(b'abcdefgh').cast(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast(1)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast(slice(None))
    print("memoryview(b'abcdefgh').cast(slice(None))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast(slice(None))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', float('nan'))
    print("memoryview(b'abcdefgh').cast('B', float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', -10**30)
    print("memoryview(b'abcdefgh').cast('B', -10**30)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', -10**30)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', 1)
    print("memoryview(b'abcdefgh').cast('B', 1)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', 1)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', slice(None))
    print("memoryview(b'abcdefgh').cast('B', slice(None))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', slice(None))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', 1)
    print("memoryview(b'abcdefgh').cast('B', 1)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', 1)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', 1)
    print("memoryview(b'abcdefgh').cast('B', 1)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', 1)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', (2, 2))
    print("memoryview(b'abcdefgh').cast('B', (2, 2))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', (2, 2))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', 'B')
    print("memoryview(b'abcdefgh').cast('B', 'B')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', 'B')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', -2**63-1)
    print("memoryview(b'abcdefgh').cast('B', -2**63-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', -2**63-1)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', 2**63)
    print("memoryview(b'abcdefgh').cast('B', 2**63)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', 2**63)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', 'B')
    print("memoryview(b'abcdefgh').cast('B', 'B')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', 'B')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', '3s')
    print("memoryview(b'abcdefgh').cast('B', '3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', '3s')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', 10**20)
    print("memoryview(b'abcdefgh').cast('B', 10**20)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', 10**20)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh').cast('B', slice(None))
    print("memoryview(b'abcdefgh').cast('B', slice(None))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh').cast('B', slice(None))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast(-10**30, 3.5)
    print('memoryview(bytearray(8)).cast(-10**30, 3.5)', 'ok', type(_r).__name__)
except Exception as e:
    print('memoryview(bytearray(8)).cast(-10**30, 3.5)', type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast(b'', 2**63)
    print("memoryview(bytearray(8)).cast(b'', 2**63)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8)).cast(b'', 2**63)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast((1,), '')
    print("memoryview(bytearray(8)).cast((1,), '')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8)).cast((1,), '')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast(-1, slice(None))
    print('memoryview(bytearray(8)).cast(-1, slice(None))', 'ok', type(_r).__name__)
except Exception as e:
    print('memoryview(bytearray(8)).cast(-1, slice(None))', type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast(1, slice(1, 10**30))
    print('memoryview(bytearray(8)).cast(1, slice(1, 10**30))', 'ok', type(_r).__name__)
except Exception as e:
    print('memoryview(bytearray(8)).cast(1, slice(1, 10**30))', type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast(3.5, [])
    print('memoryview(bytearray(8)).cast(3.5, [])', 'ok', type(_r).__name__)
except Exception as e:
    print('memoryview(bytearray(8)).cast(3.5, [])', type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast(True, (1,))
    print('memoryview(bytearray(8)).cast(True, (1,))', 'ok', type(_r).__name__)
except Exception as e:
    print('memoryview(bytearray(8)).cast(True, (1,))', type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast(bytearray(b'xy'), '>q')
    print("memoryview(bytearray(8)).cast(bytearray(b'xy'), '>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8)).cast(bytearray(b'xy'), '>q')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast('x', memoryview(b'abcd'))
    print("memoryview(bytearray(8)).cast('x', memoryview(b'abcd'))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8)).cast('x', memoryview(b'abcd'))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast(slice(None), array.array('i', [1,2]))
    print("memoryview(bytearray(8)).cast(slice(None), array.array('i', [1,2]))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8)).cast(slice(None), array.array('i', [1,2]))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast(memoryview(b'abcd'), b'')
    print("memoryview(bytearray(8)).cast(memoryview(b'abcd'), b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8)).cast(memoryview(b'abcd'), b'')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast('B', float('nan'))
    print("memoryview(bytearray(8)).cast('B', float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8)).cast('B', float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast('@P', 10**20)
    print("memoryview(bytearray(8)).cast('@P', 10**20)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8)).cast('@P', 10**20)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(bytearray(8)).cast('', '>q')
    print("memoryview(bytearray(8)).cast('', '>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8)).cast('', '>q')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')[float('nan')]
    print("memoryview(b'abcdefgh')[float('nan')]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')[float('nan')]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')[slice(None)]
    print("memoryview(b'abcdefgh')[slice(None)]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')[slice(None)]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')[[1,2]]
    print("memoryview(b'abcdefgh')[[1,2]]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')[[1,2]]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')[()]
    print("memoryview(b'abcdefgh')[()]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')[()]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')['<i']
    print("memoryview(b'abcdefgh')['<i']", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')['<i']", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')['B']
    print("memoryview(b'abcdefgh')['B']", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')['B']", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')[-1]
    print("memoryview(b'abcdefgh')[-1]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')[-1]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')[[1,2]]
    print("memoryview(b'abcdefgh')[[1,2]]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')[[1,2]]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')[10**20]
    print("memoryview(b'abcdefgh')[10**20]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')[10**20]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')['x']
    print("memoryview(b'abcdefgh')['x']", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')['x']", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')[array.array('i', [1,2])]
    print("memoryview(b'abcdefgh')[array.array('i', [1,2])]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')[array.array('i', [1,2])]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')[bytearray(b'xy')]
    print("memoryview(b'abcdefgh')[bytearray(b'xy')]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')[bytearray(b'xy')]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')[True]
    print("memoryview(b'abcdefgh')[True]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')[True]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcdefgh')['>q']
    print("memoryview(b'abcdefgh')['>q']", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcdefgh')['>q']", type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))[slice(None)] = '@P'
    print("memoryview(bytearray(8))[slice(None)] = '@P'", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8))[slice(None)] = '@P'", type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))[()] = '3s'
    print("memoryview(bytearray(8))[()] = '3s'", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8))[()] = '3s'", type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))['x'] = 'x'
    print("memoryview(bytearray(8))['x'] = 'x'", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8))['x'] = 'x'", type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))[''] = b''
    print("memoryview(bytearray(8))[''] = b''", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8))[''] = b''", type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))[slice(1, 10**30)] = []
    print('memoryview(bytearray(8))[slice(1, 10**30)] = []', 'ok', type(_r).__name__)
except Exception as e:
    print('memoryview(bytearray(8))[slice(1, 10**30)] = []', type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))[slice(None)] = '@P'
    print("memoryview(bytearray(8))[slice(None)] = '@P'", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8))[slice(None)] = '@P'", type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))[memoryview(b'abcd')] = -1
    print("memoryview(bytearray(8))[memoryview(b'abcd')] = -1", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8))[memoryview(b'abcd')] = -1", type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))['3s'] = -1
    print("memoryview(bytearray(8))['3s'] = -1", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8))['3s'] = -1", type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))[None] = []
    print('memoryview(bytearray(8))[None] = []', 'ok', type(_r).__name__)
except Exception as e:
    print('memoryview(bytearray(8))[None] = []', type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))[''] = True
    print("memoryview(bytearray(8))[''] = True", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8))[''] = True", type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))[-1] = 1
    print('memoryview(bytearray(8))[-1] = 1', 'ok', type(_r).__name__)
except Exception as e:
    print('memoryview(bytearray(8))[-1] = 1', type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))['<i'] = ''
    print("memoryview(bytearray(8))['<i'] = ''", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8))['<i'] = ''", type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))['B'] = -10**30
    print("memoryview(bytearray(8))['B'] = -10**30", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(bytearray(8))['B'] = -10**30", type(e).__name__, e)
_r = None
try:
    memoryview(bytearray(8))[slice(None)] = True
    print('memoryview(bytearray(8))[slice(None)] = True', 'ok', type(_r).__name__)
except Exception as e:
    print('memoryview(bytearray(8))[slice(None)] = True', type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes('3s')
    print("memoryview(b'abcd').tobytes('3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes('3s')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes('B')
    print("memoryview(b'abcd').tobytes('B')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes('B')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes(b'abc')
    print("memoryview(b'abcd').tobytes(b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes(b'abc')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes(True)
    print("memoryview(b'abcd').tobytes(True)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes(True)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes(0)
    print("memoryview(b'abcd').tobytes(0)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes(0)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes(b'')
    print("memoryview(b'abcd').tobytes(b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes(b'')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes(slice(1, 10**30))
    print("memoryview(b'abcd').tobytes(slice(1, 10**30))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes(slice(1, 10**30))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes([])
    print("memoryview(b'abcd').tobytes([])", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes([])", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes(3.5)
    print("memoryview(b'abcd').tobytes(3.5)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes(3.5)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes('B')
    print("memoryview(b'abcd').tobytes('B')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes('B')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes('<i')
    print("memoryview(b'abcd').tobytes('<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes('<i')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes(b'abc')
    print("memoryview(b'abcd').tobytes(b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes(b'abc')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes(array.array('i', [1,2]))
    print("memoryview(b'abcd').tobytes(array.array('i', [1,2]))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes(array.array('i', [1,2]))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').tobytes([])
    print("memoryview(b'abcd').tobytes([])", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').tobytes([])", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex(10**20, memoryview(b'abcd'))
    print("memoryview(b'abcd').hex(10**20, memoryview(b'abcd'))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex(10**20, memoryview(b'abcd'))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex(b'abc', (1,))
    print("memoryview(b'abcd').hex(b'abc', (1,))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex(b'abc', (1,))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex(None, ())
    print("memoryview(b'abcd').hex(None, ())", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex(None, ())", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex(-2**63-1, '3s')
    print("memoryview(b'abcd').hex(-2**63-1, '3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex(-2**63-1, '3s')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex(bytearray(b'xy'), (2, 2))
    print("memoryview(b'abcd').hex(bytearray(b'xy'), (2, 2))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex(bytearray(b'xy'), (2, 2))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex((1,), None)
    print("memoryview(b'abcd').hex((1,), None)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex((1,), None)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex('', bytearray(b'xy'))
    print("memoryview(b'abcd').hex('', bytearray(b'xy'))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex('', bytearray(b'xy'))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex(b'', True)
    print("memoryview(b'abcd').hex(b'', True)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex(b'', True)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex((), b'abc')
    print("memoryview(b'abcd').hex((), b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex((), b'abc')", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex(float('nan'), -2**63-1)
    print("memoryview(b'abcd').hex(float('nan'), -2**63-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex(float('nan'), -2**63-1)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex(-1, 10**20)
    print("memoryview(b'abcd').hex(-1, 10**20)", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex(-1, 10**20)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex(-2**63-1, float('nan'))
    print("memoryview(b'abcd').hex(-2**63-1, float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex(-2**63-1, float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex(True, float('nan'))
    print("memoryview(b'abcd').hex(True, float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex(True, float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'abcd').hex(0, [])
    print("memoryview(b'abcd').hex(0, [])", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'abcd').hex(0, [])", type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex('3s')
    print("bytes.fromhex('3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes.fromhex('3s')", type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex(10**20)
    print('bytes.fromhex(10**20)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes.fromhex(10**20)', type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex('B')
    print("bytes.fromhex('B')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes.fromhex('B')", type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex(-2**63-1)
    print('bytes.fromhex(-2**63-1)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes.fromhex(-2**63-1)', type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex((1,))
    print('bytes.fromhex((1,))', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes.fromhex((1,))', type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex(slice(1, 10**30))
    print('bytes.fromhex(slice(1, 10**30))', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes.fromhex(slice(1, 10**30))', type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex('x')
    print("bytes.fromhex('x')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes.fromhex('x')", type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex('')
    print("bytes.fromhex('')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes.fromhex('')", type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex([1,2])
    print('bytes.fromhex([1,2])', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes.fromhex([1,2])', type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex(-10**30)
    print('bytes.fromhex(-10**30)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes.fromhex(-10**30)', type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex('<i')
    print("bytes.fromhex('<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes.fromhex('<i')", type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex(memoryview(b'abcd'))
    print("bytes.fromhex(memoryview(b'abcd'))", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes.fromhex(memoryview(b'abcd'))", type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex((2, 2))
    print('bytes.fromhex((2, 2))', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes.fromhex((2, 2))', type(e).__name__, e)
_r = None
try:
    _r = bytes.fromhex((2, 2))
    print('bytes.fromhex((2, 2))', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes.fromhex((2, 2))', type(e).__name__, e)
_r = None
try:
    _r = bytearray('@P')
    print("bytearray('@P')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray('@P')", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc')
    print("bytearray(b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc')
    print("bytearray(b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')", type(e).__name__, e)
_r = None
try:
    _r = bytearray(2**63)
    print('bytearray(2**63)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytearray(2**63)', type(e).__name__, e)
_r = None
try:
    _r = bytearray(-10**30)
    print('bytearray(-10**30)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytearray(-10**30)', type(e).__name__, e)
_r = None
try:
    _r = bytearray(1)
    print('bytearray(1)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytearray(1)', type(e).__name__, e)
_r = None
try:
    _r = bytearray(-1)
    print('bytearray(-1)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytearray(-1)', type(e).__name__, e)
_r = None
try:
    _r = bytearray(memoryview(b'abcd'))
    print("bytearray(memoryview(b'abcd'))", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(memoryview(b'abcd'))", type(e).__name__, e)
_r = None
try:
    _r = bytearray(2**63)
    print('bytearray(2**63)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytearray(2**63)', type(e).__name__, e)
_r = None
try:
    _r = bytearray(slice(1, 10**30))
    print('bytearray(slice(1, 10**30))', 'ok', type(_r).__name__)
except Exception as e:
    print('bytearray(slice(1, 10**30))', type(e).__name__, e)
_r = None
try:
    _r = bytearray(2**63)
    print('bytearray(2**63)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytearray(2**63)', type(e).__name__, e)
_r = None
try:
    _r = bytearray(slice(None))
    print('bytearray(slice(None))', 'ok', type(_r).__name__)
except Exception as e:
    print('bytearray(slice(None))', type(e).__name__, e)
_r = None
try:
    _r = bytearray((1,))
    print('bytearray((1,))', 'ok', type(_r).__name__)
except Exception as e:
    print('bytearray((1,))', type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'')
    print("bytearray(b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'')", type(e).__name__, e)
_r = None
try:
    _r = bytes(0, -1)
    print('bytes(0, -1)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes(0, -1)', type(e).__name__, e)
_r = None
try:
    _r = bytes((2, 2), 3.5)
    print('bytes((2, 2), 3.5)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes((2, 2), 3.5)', type(e).__name__, e)
_r = None
try:
    _r = bytes(slice(1, 10**30), b'abc')
    print("bytes(slice(1, 10**30), b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(slice(1, 10**30), b'abc')", type(e).__name__, e)
_r = None
try:
    _r = bytes(-2**63-1, -10**30)
    print('bytes(-2**63-1, -10**30)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes(-2**63-1, -10**30)', type(e).__name__, e)
_r = None
try:
    _r = bytes(None, b'')
    print("bytes(None, b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(None, b'')", type(e).__name__, e)
_r = None
try:
    _r = bytes(slice(1, 10**30), b'')
    print("bytes(slice(1, 10**30), b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(slice(1, 10**30), b'')", type(e).__name__, e)
_r = None
try:
    _r = bytes([], 2**63)
    print('bytes([], 2**63)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes([], 2**63)', type(e).__name__, e)
_r = None
try:
    _r = bytes(2**63, (2, 2))
    print('bytes(2**63, (2, 2))', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes(2**63, (2, 2))', type(e).__name__, e)
_r = None
try:
    _r = bytes([], memoryview(b'abcd'))
    print("bytes([], memoryview(b'abcd'))", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes([], memoryview(b'abcd'))", type(e).__name__, e)
_r = None
try:
    _r = bytes([], [])
    print('bytes([], [])', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes([], [])', type(e).__name__, e)
_r = None
try:
    _r = bytes('B', -1)
    print("bytes('B', -1)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes('B', -1)", type(e).__name__, e)
_r = None
try:
    _r = bytes(-2**63-1, 2**63)
    print('bytes(-2**63-1, 2**63)', 'ok', type(_r).__name__)
except Exception as e:
    print('bytes(-2**63-1, 2**63)', type(e).__name__, e)
_r = None
try:
    _r = bytes('<i', 'x')
    print("bytes('<i', 'x')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes('<i', 'x')", type(e).__name__, e)
_r = None
try:
    _r = bytes('<i', None)
    print("bytes('<i', None)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes('<i', None)", type(e).__name__, e)
_r = None
try:
    _r = struct.pack([], '3s')
    print("struct.pack([], '3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.pack([], '3s')", type(e).__name__, e)
_r = None
try:
    _r = struct.pack('', 10**20)
    print("struct.pack('', 10**20)", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.pack('', 10**20)", type(e).__name__, e)
_r = None
try:
    _r = struct.pack([1,2], 0)
    print('struct.pack([1,2], 0)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.pack([1,2], 0)', type(e).__name__, e)
_r = None
try:
    _r = struct.pack(3.5, [1,2])
    print('struct.pack(3.5, [1,2])', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.pack(3.5, [1,2])', type(e).__name__, e)
_r = None
try:
    _r = struct.pack(b'', -2**63-1)
    print("struct.pack(b'', -2**63-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.pack(b'', -2**63-1)", type(e).__name__, e)
_r = None
try:
    _r = struct.pack('', (1,))
    print("struct.pack('', (1,))", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.pack('', (1,))", type(e).__name__, e)
_r = None
try:
    _r = struct.pack(array.array('i', [1,2]), 0)
    print("struct.pack(array.array('i', [1,2]), 0)", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.pack(array.array('i', [1,2]), 0)", type(e).__name__, e)
_r = None
try:
    _r = struct.pack('>q', [1,2])
    print("struct.pack('>q', [1,2])", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.pack('>q', [1,2])", type(e).__name__, e)
_r = None
try:
    _r = struct.pack('B', -10**30)
    print("struct.pack('B', -10**30)", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.pack('B', -10**30)", type(e).__name__, e)
_r = None
try:
    _r = struct.pack((2, 2), -1)
    print('struct.pack((2, 2), -1)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.pack((2, 2), -1)', type(e).__name__, e)
_r = None
try:
    _r = struct.pack('', (2, 2))
    print("struct.pack('', (2, 2))", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.pack('', (2, 2))", type(e).__name__, e)
_r = None
try:
    _r = struct.pack(None, [1,2])
    print('struct.pack(None, [1,2])', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.pack(None, [1,2])', type(e).__name__, e)
_r = None
try:
    _r = struct.pack(b'', array.array('i', [1,2]))
    print("struct.pack(b'', array.array('i', [1,2]))", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.pack(b'', array.array('i', [1,2]))", type(e).__name__, e)
_r = None
try:
    _r = struct.pack(10**20, b'')
    print("struct.pack(10**20, b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.pack(10**20, b'')", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack('>q', float('nan'))
    print("struct.unpack('>q', float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack('>q', float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack((1,), (1,))
    print('struct.unpack((1,), (1,))', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.unpack((1,), (1,))', type(e).__name__, e)
_r = None
try:
    _r = struct.unpack('>q', [1,2])
    print("struct.unpack('>q', [1,2])", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack('>q', [1,2])", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack('x', -10**30)
    print("struct.unpack('x', -10**30)", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack('x', -10**30)", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack(float('nan'), slice(1, 10**30))
    print("struct.unpack(float('nan'), slice(1, 10**30))", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack(float('nan'), slice(1, 10**30))", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack('@P', '@P')
    print("struct.unpack('@P', '@P')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack('@P', '@P')", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack('>q', (2, 2))
    print("struct.unpack('>q', (2, 2))", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack('>q', (2, 2))", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack(3.5, '@P')
    print("struct.unpack(3.5, '@P')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack(3.5, '@P')", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack(float('nan'), '3s')
    print("struct.unpack(float('nan'), '3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack(float('nan'), '3s')", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack(b'abc', '<i')
    print("struct.unpack(b'abc', '<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack(b'abc', '<i')", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack('@P', float('nan'))
    print("struct.unpack('@P', float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack('@P', float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack(3.5, [1,2])
    print('struct.unpack(3.5, [1,2])', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.unpack(3.5, [1,2])', type(e).__name__, e)
_r = None
try:
    _r = struct.unpack([], b'')
    print("struct.unpack([], b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack([], b'')", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack('<i', 0)
    print("struct.unpack('<i', 0)", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack('<i', 0)", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from(0, '@P', 0)
    print("struct.unpack_from(0, '@P', 0)", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack_from(0, '@P', 0)", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from(None, [], None)
    print('struct.unpack_from(None, [], None)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.unpack_from(None, [], None)', type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from(None, 3.5, None)
    print('struct.unpack_from(None, 3.5, None)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.unpack_from(None, 3.5, None)', type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from('', slice(1, 10**30), '')
    print("struct.unpack_from('', slice(1, 10**30), '')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack_from('', slice(1, 10**30), '')", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from(b'', memoryview(b'abcd'), b'')
    print("struct.unpack_from(b'', memoryview(b'abcd'), b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack_from(b'', memoryview(b'abcd'), b'')", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from('@P', array.array('i', [1,2]), '@P')
    print("struct.unpack_from('@P', array.array('i', [1,2]), '@P')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack_from('@P', array.array('i', [1,2]), '@P')", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from('<i', b'', '<i')
    print("struct.unpack_from('<i', b'', '<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack_from('<i', b'', '<i')", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from(b'', -1, b'')
    print("struct.unpack_from(b'', -1, b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack_from(b'', -1, b'')", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from(float('nan'), 2**63, float('nan'))
    print("struct.unpack_from(float('nan'), 2**63, float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack_from(float('nan'), 2**63, float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from(float('nan'), [], float('nan'))
    print("struct.unpack_from(float('nan'), [], float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack_from(float('nan'), [], float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from(3.5, 'x', 3.5)
    print("struct.unpack_from(3.5, 'x', 3.5)", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack_from(3.5, 'x', 3.5)", type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from(3.5, [], 3.5)
    print('struct.unpack_from(3.5, [], 3.5)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.unpack_from(3.5, [], 3.5)', type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from(slice(1, 10**30), (), slice(1, 10**30))
    print('struct.unpack_from(slice(1, 10**30), (), slice(1, 10**30))', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.unpack_from(slice(1, 10**30), (), slice(1, 10**30))', type(e).__name__, e)
_r = None
try:
    _r = struct.unpack_from(slice(1, 10**30), '3s', slice(1, 10**30))
    print("struct.unpack_from(slice(1, 10**30), '3s', slice(1, 10**30))", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.unpack_from(slice(1, 10**30), '3s', slice(1, 10**30))", type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize(0)
    print('struct.calcsize(0)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.calcsize(0)', type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize(array.array('i', [1,2]))
    print("struct.calcsize(array.array('i', [1,2]))", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.calcsize(array.array('i', [1,2]))", type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize(b'')
    print("struct.calcsize(b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.calcsize(b'')", type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize(-10**30)
    print('struct.calcsize(-10**30)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.calcsize(-10**30)', type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize('3s')
    print("struct.calcsize('3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.calcsize('3s')", type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize(2**63)
    print('struct.calcsize(2**63)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.calcsize(2**63)', type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize(b'abc')
    print("struct.calcsize(b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.calcsize(b'abc')", type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize('')
    print("struct.calcsize('')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.calcsize('')", type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize(3.5)
    print('struct.calcsize(3.5)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.calcsize(3.5)', type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize(())
    print('struct.calcsize(())', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.calcsize(())', type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize(bytearray(b'xy'))
    print("struct.calcsize(bytearray(b'xy'))", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.calcsize(bytearray(b'xy'))", type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize(-10**30)
    print('struct.calcsize(-10**30)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.calcsize(-10**30)', type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize(-1)
    print('struct.calcsize(-1)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.calcsize(-1)', type(e).__name__, e)
_r = None
try:
    _r = struct.calcsize('<i')
    print("struct.calcsize('<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.calcsize('<i')", type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack(memoryview(b'abcd'), b'abc')
    print("struct.iter_unpack(memoryview(b'abcd'), b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.iter_unpack(memoryview(b'abcd'), b'abc')", type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack('<i', -1)
    print("struct.iter_unpack('<i', -1)", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.iter_unpack('<i', -1)", type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack('<i', 10**20)
    print("struct.iter_unpack('<i', 10**20)", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.iter_unpack('<i', 10**20)", type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack(10**20, -2**63-1)
    print('struct.iter_unpack(10**20, -2**63-1)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.iter_unpack(10**20, -2**63-1)', type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack(0, -2**63-1)
    print('struct.iter_unpack(0, -2**63-1)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.iter_unpack(0, -2**63-1)', type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack(slice(None), ())
    print('struct.iter_unpack(slice(None), ())', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.iter_unpack(slice(None), ())', type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack(memoryview(b'abcd'), '@P')
    print("struct.iter_unpack(memoryview(b'abcd'), '@P')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.iter_unpack(memoryview(b'abcd'), '@P')", type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack(-10**30, -2**63-1)
    print('struct.iter_unpack(-10**30, -2**63-1)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.iter_unpack(-10**30, -2**63-1)', type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack(slice(1, 10**30), '3s')
    print("struct.iter_unpack(slice(1, 10**30), '3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.iter_unpack(slice(1, 10**30), '3s')", type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack(slice(1, 10**30), [])
    print('struct.iter_unpack(slice(1, 10**30), [])', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.iter_unpack(slice(1, 10**30), [])', type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack(True, array.array('i', [1,2]))
    print("struct.iter_unpack(True, array.array('i', [1,2]))", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.iter_unpack(True, array.array('i', [1,2]))", type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack(b'', -2**63-1)
    print("struct.iter_unpack(b'', -2**63-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("struct.iter_unpack(b'', -2**63-1)", type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack((1,), (1,))
    print('struct.iter_unpack((1,), (1,))', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.iter_unpack((1,), (1,))', type(e).__name__, e)
_r = None
try:
    _r = struct.iter_unpack(-2**63-1, 0)
    print('struct.iter_unpack(-2**63-1, 0)', 'ok', type(_r).__name__)
except Exception as e:
    print('struct.iter_unpack(-2**63-1, 0)', type(e).__name__, e)
_r = None
try:
    _r = array.array(0, '@P')
    print("array.array(0, '@P')", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array(0, '@P')", type(e).__name__, e)
_r = None
try:
    _r = array.array('<i', -10**30)
    print("array.array('<i', -10**30)", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('<i', -10**30)", type(e).__name__, e)
_r = None
try:
    _r = array.array(2**63, [1,2])
    print('array.array(2**63, [1,2])', 'ok', type(_r).__name__)
except Exception as e:
    print('array.array(2**63, [1,2])', type(e).__name__, e)
_r = None
try:
    _r = array.array('<i', array.array('i', [1,2]))
    print("array.array('<i', array.array('i', [1,2]))", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('<i', array.array('i', [1,2]))", type(e).__name__, e)
_r = None
try:
    _r = array.array(-2**63-1, bytearray(b'xy'))
    print("array.array(-2**63-1, bytearray(b'xy'))", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array(-2**63-1, bytearray(b'xy'))", type(e).__name__, e)
_r = None
try:
    _r = array.array((2, 2), 3.5)
    print('array.array((2, 2), 3.5)', 'ok', type(_r).__name__)
except Exception as e:
    print('array.array((2, 2), 3.5)', type(e).__name__, e)
_r = None
try:
    _r = array.array('3s', (2, 2))
    print("array.array('3s', (2, 2))", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('3s', (2, 2))", type(e).__name__, e)
_r = None
try:
    _r = array.array(3.5, 0)
    print('array.array(3.5, 0)', 'ok', type(_r).__name__)
except Exception as e:
    print('array.array(3.5, 0)', type(e).__name__, e)
_r = None
try:
    _r = array.array(None, 3.5)
    print('array.array(None, 3.5)', 'ok', type(_r).__name__)
except Exception as e:
    print('array.array(None, 3.5)', type(e).__name__, e)
_r = None
try:
    _r = array.array('B', [1,2])
    print("array.array('B', [1,2])", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('B', [1,2])", type(e).__name__, e)
_r = None
try:
    _r = array.array(float('nan'), '>q')
    print("array.array(float('nan'), '>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array(float('nan'), '>q')", type(e).__name__, e)
_r = None
try:
    _r = array.array(slice(None), 'x')
    print("array.array(slice(None), 'x')", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array(slice(None), 'x')", type(e).__name__, e)
_r = None
try:
    _r = array.array(None, (1,))
    print('array.array(None, (1,))', 'ok', type(_r).__name__)
except Exception as e:
    print('array.array(None, (1,))', type(e).__name__, e)
_r = None
try:
    _r = array.array(bytearray(b'xy'), '3s')
    print("array.array(bytearray(b'xy'), '3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array(bytearray(b'xy'), '3s')", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[-2**63-1]
    print("array.array('b', [1])[-2**63-1]", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[-2**63-1]", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[array.array('i', [1,2])]
    print("array.array('b', [1])[array.array('i', [1,2])]", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[array.array('i', [1,2])]", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[b'']
    print("array.array('b', [1])[b'']", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[b'']", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[memoryview(b'abcd')]
    print("array.array('b', [1])[memoryview(b'abcd')]", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[memoryview(b'abcd')]", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[slice(None)]
    print("array.array('b', [1])[slice(None)]", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[slice(None)]", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[()]
    print("array.array('b', [1])[()]", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[()]", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[bytearray(b'xy')]
    print("array.array('b', [1])[bytearray(b'xy')]", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[bytearray(b'xy')]", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[array.array('i', [1,2])]
    print("array.array('b', [1])[array.array('i', [1,2])]", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[array.array('i', [1,2])]", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[[1,2]]
    print("array.array('b', [1])[[1,2]]", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[[1,2]]", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[(1,)]
    print("array.array('b', [1])[(1,)]", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[(1,)]", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[[1,2]]
    print("array.array('b', [1])[[1,2]]", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[[1,2]]", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[0]
    print("array.array('b', [1])[0]", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[0]", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[memoryview(b'abcd')]
    print("array.array('b', [1])[memoryview(b'abcd')]", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[memoryview(b'abcd')]", type(e).__name__, e)
_r = None
try:
    _r = array.array('b', [1])[10**20]
    print("array.array('b', [1])[10**20]", 'ok', type(_r).__name__)
except Exception as e:
    print("array.array('b', [1])[10**20]", type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes(0, '>q')
    print("int.from_bytes(0, '>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("int.from_bytes(0, '>q')", type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes('@P', -2**63-1)
    print("int.from_bytes('@P', -2**63-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("int.from_bytes('@P', -2**63-1)", type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes(10**20, -2**63-1)
    print('int.from_bytes(10**20, -2**63-1)', 'ok', type(_r).__name__)
except Exception as e:
    print('int.from_bytes(10**20, -2**63-1)', type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes([], slice(1, 10**30))
    print('int.from_bytes([], slice(1, 10**30))', 'ok', type(_r).__name__)
except Exception as e:
    print('int.from_bytes([], slice(1, 10**30))', type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes('<i', 2**63)
    print("int.from_bytes('<i', 2**63)", 'ok', type(_r).__name__)
except Exception as e:
    print("int.from_bytes('<i', 2**63)", type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes((1,), 1)
    print('int.from_bytes((1,), 1)', 'ok', type(_r).__name__)
except Exception as e:
    print('int.from_bytes((1,), 1)', type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes('x', True)
    print("int.from_bytes('x', True)", 'ok', type(_r).__name__)
except Exception as e:
    print("int.from_bytes('x', True)", type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes([1,2], [1,2])
    print('int.from_bytes([1,2], [1,2])', 'ok', type(_r).__name__)
except Exception as e:
    print('int.from_bytes([1,2], [1,2])', type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes((1,), [])
    print('int.from_bytes((1,), [])', 'ok', type(_r).__name__)
except Exception as e:
    print('int.from_bytes((1,), [])', type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes('@P', '>q')
    print("int.from_bytes('@P', '>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("int.from_bytes('@P', '>q')", type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes(2**63, ())
    print('int.from_bytes(2**63, ())', 'ok', type(_r).__name__)
except Exception as e:
    print('int.from_bytes(2**63, ())', type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes((1,), 1)
    print('int.from_bytes((1,), 1)', 'ok', type(_r).__name__)
except Exception as e:
    print('int.from_bytes((1,), 1)', type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes(float('nan'), 3.5)
    print("int.from_bytes(float('nan'), 3.5)", 'ok', type(_r).__name__)
except Exception as e:
    print("int.from_bytes(float('nan'), 3.5)", type(e).__name__, e)
_r = None
try:
    _r = int.from_bytes(None, 1)
    print('int.from_bytes(None, 1)', 'ok', type(_r).__name__)
except Exception as e:
    print('int.from_bytes(None, 1)', type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes('>q', 2**63)
    print("(5).to_bytes('>q', 2**63)", 'ok', type(_r).__name__)
except Exception as e:
    print("(5).to_bytes('>q', 2**63)", type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes([1,2], memoryview(b'abcd'))
    print("(5).to_bytes([1,2], memoryview(b'abcd'))", 'ok', type(_r).__name__)
except Exception as e:
    print("(5).to_bytes([1,2], memoryview(b'abcd'))", type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes((1,), 0)
    print('(5).to_bytes((1,), 0)', 'ok', type(_r).__name__)
except Exception as e:
    print('(5).to_bytes((1,), 0)', type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes('>q', ())
    print("(5).to_bytes('>q', ())", 'ok', type(_r).__name__)
except Exception as e:
    print("(5).to_bytes('>q', ())", type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes(array.array('i', [1,2]), -1)
    print("(5).to_bytes(array.array('i', [1,2]), -1)", 'ok', type(_r).__name__)
except Exception as e:
    print("(5).to_bytes(array.array('i', [1,2]), -1)", type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes(memoryview(b'abcd'), 'x')
    print("(5).to_bytes(memoryview(b'abcd'), 'x')", 'ok', type(_r).__name__)
except Exception as e:
    print("(5).to_bytes(memoryview(b'abcd'), 'x')", type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes(slice(1, 10**30), [1,2])
    print('(5).to_bytes(slice(1, 10**30), [1,2])', 'ok', type(_r).__name__)
except Exception as e:
    print('(5).to_bytes(slice(1, 10**30), [1,2])', type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes(slice(1, 10**30), [1,2])
    print('(5).to_bytes(slice(1, 10**30), [1,2])', 'ok', type(_r).__name__)
except Exception as e:
    print('(5).to_bytes(slice(1, 10**30), [1,2])', type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes(3.5, '')
    print("(5).to_bytes(3.5, '')", 'ok', type(_r).__name__)
except Exception as e:
    print("(5).to_bytes(3.5, '')", type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes(None, memoryview(b'abcd'))
    print("(5).to_bytes(None, memoryview(b'abcd'))", 'ok', type(_r).__name__)
except Exception as e:
    print("(5).to_bytes(None, memoryview(b'abcd'))", type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes([1,2], (1,))
    print('(5).to_bytes([1,2], (1,))', 'ok', type(_r).__name__)
except Exception as e:
    print('(5).to_bytes([1,2], (1,))', type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes('@P', [])
    print("(5).to_bytes('@P', [])", 'ok', type(_r).__name__)
except Exception as e:
    print("(5).to_bytes('@P', [])", type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes([1,2], float('nan'))
    print("(5).to_bytes([1,2], float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("(5).to_bytes([1,2], float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = (5).to_bytes('', [1,2])
    print("(5).to_bytes('', [1,2])", 'ok', type(_r).__name__)
except Exception as e:
    print("(5).to_bytes('', [1,2])", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split((), ())
    print("b'abc'.split((), ())", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split((), ())", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split(array.array('i', [1,2]), None)
    print("b'abc'.split(array.array('i', [1,2]), None)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split(array.array('i', [1,2]), None)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split(array.array('i', [1,2]), (1,))
    print("b'abc'.split(array.array('i', [1,2]), (1,))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split(array.array('i', [1,2]), (1,))", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split((), 3.5)
    print("b'abc'.split((), 3.5)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split((), 3.5)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split('3s', memoryview(b'abcd'))
    print("b'abc'.split('3s', memoryview(b'abcd'))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split('3s', memoryview(b'abcd'))", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split(-2**63-1, bytearray(b'xy'))
    print("b'abc'.split(-2**63-1, bytearray(b'xy'))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split(-2**63-1, bytearray(b'xy'))", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split(2**63, b'abc')
    print("b'abc'.split(2**63, b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split(2**63, b'abc')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split(memoryview(b'abcd'), 'x')
    print("b'abc'.split(memoryview(b'abcd'), 'x')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split(memoryview(b'abcd'), 'x')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split(-1, True)
    print("b'abc'.split(-1, True)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split(-1, True)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split(float('nan'), bytearray(b'xy'))
    print("b'abc'.split(float('nan'), bytearray(b'xy'))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split(float('nan'), bytearray(b'xy'))", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split(-1, 3.5)
    print("b'abc'.split(-1, 3.5)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split(-1, 3.5)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split(True, 'B')
    print("b'abc'.split(True, 'B')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split(True, 'B')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split('@P', 2**63)
    print("b'abc'.split('@P', 2**63)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split('@P', 2**63)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.split((), '>q')
    print("b'abc'.split((), '>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.split((), '>q')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find(-2**63-1, '')
    print("b'abc'.find(-2**63-1, '')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find(-2**63-1, '')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find(-10**30, True)
    print("b'abc'.find(-10**30, True)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find(-10**30, True)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find(b'', -2**63-1)
    print("b'abc'.find(b'', -2**63-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find(b'', -2**63-1)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find(None, ())
    print("b'abc'.find(None, ())", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find(None, ())", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find(-2**63-1, memoryview(b'abcd'))
    print("b'abc'.find(-2**63-1, memoryview(b'abcd'))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find(-2**63-1, memoryview(b'abcd'))", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find(float('nan'), '<i')
    print("b'abc'.find(float('nan'), '<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find(float('nan'), '<i')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find(2**63, b'abc')
    print("b'abc'.find(2**63, b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find(2**63, b'abc')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find((), [])
    print("b'abc'.find((), [])", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find((), [])", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find(10**20, True)
    print("b'abc'.find(10**20, True)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find(10**20, True)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find('3s', float('nan'))
    print("b'abc'.find('3s', float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find('3s', float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find(10**20, '')
    print("b'abc'.find(10**20, '')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find(10**20, '')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find(bytearray(b'xy'), [1,2])
    print("b'abc'.find(bytearray(b'xy'), [1,2])", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find(bytearray(b'xy'), [1,2])", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find(b'abc', 'x')
    print("b'abc'.find(b'abc', 'x')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find(b'abc', 'x')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.find(bytearray(b'xy'), 3.5)
    print("b'abc'.find(bytearray(b'xy'), 3.5)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.find(bytearray(b'xy'), 3.5)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'[b'':'x']
    print("b'abc'[b'':'x']", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'[b'':'x']", type(e).__name__, e)
_r = None
try:
    _r = b'abc'[-1:'<i']
    print("b'abc'[-1:'<i']", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'[-1:'<i']", type(e).__name__, e)
_r = None
try:
    _r = b'abc'[b'':0]
    print("b'abc'[b'':0]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'[b'':0]", type(e).__name__, e)
_r = None
try:
    _r = b'abc'['x':(1,)]
    print("b'abc'['x':(1,)]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'['x':(1,)]", type(e).__name__, e)
_r = None
try:
    _r = b'abc'[memoryview(b'abcd'):memoryview(b'abcd')]
    print("b'abc'[memoryview(b'abcd'):memoryview(b'abcd')]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'[memoryview(b'abcd'):memoryview(b'abcd')]", type(e).__name__, e)
_r = None
try:
    _r = b'abc'['':0]
    print("b'abc'['':0]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'['':0]", type(e).__name__, e)
_r = None
try:
    _r = b'abc'[b'abc':'x']
    print("b'abc'[b'abc':'x']", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'[b'abc':'x']", type(e).__name__, e)
_r = None
try:
    _r = b'abc'[[1,2]:slice(1, 10**30)]
    print("b'abc'[[1,2]:slice(1, 10**30)]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'[[1,2]:slice(1, 10**30)]", type(e).__name__, e)
_r = None
try:
    _r = b'abc'['B':[1,2]]
    print("b'abc'['B':[1,2]]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'['B':[1,2]]", type(e).__name__, e)
_r = None
try:
    _r = b'abc'[-1:2**63]
    print("b'abc'[-1:2**63]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'[-1:2**63]", type(e).__name__, e)
_r = None
try:
    _r = b'abc'[array.array('i', [1,2]):'@P']
    print("b'abc'[array.array('i', [1,2]):'@P']", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'[array.array('i', [1,2]):'@P']", type(e).__name__, e)
_r = None
try:
    _r = b'abc'[float('nan'):()]
    print("b'abc'[float('nan'):()]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'[float('nan'):()]", type(e).__name__, e)
_r = None
try:
    _r = b'abc'[2**63:-1]
    print("b'abc'[2**63:-1]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'[2**63:-1]", type(e).__name__, e)
_r = None
try:
    _r = b'abc'[None:None]
    print("b'abc'[None:None]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'[None:None]", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')[1:()] = 1
    print("bytearray(b'abc')[1:()] = 1", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')[1:()] = 1", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')['>q':10**20] = '>q'
    print("bytearray(b'abc')['>q':10**20] = '>q'", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')['>q':10**20] = '>q'", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')[None:'>q'] = None
    print("bytearray(b'abc')[None:'>q'] = None", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')[None:'>q'] = None", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')[-2**63-1:'3s'] = -2**63-1
    print("bytearray(b'abc')[-2**63-1:'3s'] = -2**63-1", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')[-2**63-1:'3s'] = -2**63-1", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')[bytearray(b'xy'):(2, 2)] = bytearray(b'xy')
    print("bytearray(b'abc')[bytearray(b'xy'):(2, 2)] = bytearray(b'xy')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')[bytearray(b'xy'):(2, 2)] = bytearray(b'xy')", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')[array.array('i', [1,2]):True] = array.array('i', [1,2])
    print("bytearray(b'abc')[array.array('i', [1,2]):True] = array.array('i', [1,2])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')[array.array('i', [1,2]):True] = array.array('i', [1,2])", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')['3s':None] = '3s'
    print("bytearray(b'abc')['3s':None] = '3s'", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')['3s':None] = '3s'", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')[b'abc':-2**63-1] = b'abc'
    print("bytearray(b'abc')[b'abc':-2**63-1] = b'abc'", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')[b'abc':-2**63-1] = b'abc'", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')[(1,):array.array('i', [1,2])] = (1,)
    print("bytearray(b'abc')[(1,):array.array('i', [1,2])] = (1,)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')[(1,):array.array('i', [1,2])] = (1,)", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')[[1,2]:slice(None)] = [1,2]
    print("bytearray(b'abc')[[1,2]:slice(None)] = [1,2]", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')[[1,2]:slice(None)] = [1,2]", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')[[]:''] = []
    print("bytearray(b'abc')[[]:''] = []", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')[[]:''] = []", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')['x':-1] = 'x'
    print("bytearray(b'abc')['x':-1] = 'x'", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')['x':-1] = 'x'", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')[None:1] = None
    print("bytearray(b'abc')[None:1] = None", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')[None:1] = None", type(e).__name__, e)
_r = None
try:
    bytearray(b'abc')['@P':''] = '@P'
    print("bytearray(b'abc')['@P':''] = '@P'", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc')['@P':''] = '@P'", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace(10**20, bytearray(b'xy'))
    print("b'abc'.replace(10**20, bytearray(b'xy'))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace(10**20, bytearray(b'xy'))", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace((), -1)
    print("b'abc'.replace((), -1)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace((), -1)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace(None, 0)
    print("b'abc'.replace(None, 0)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace(None, 0)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace(-10**30, -1)
    print("b'abc'.replace(-10**30, -1)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace(-10**30, -1)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace('@P', None)
    print("b'abc'.replace('@P', None)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace('@P', None)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace(-1, slice(1, 10**30))
    print("b'abc'.replace(-1, slice(1, 10**30))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace(-1, slice(1, 10**30))", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace((2, 2), float('nan'))
    print("b'abc'.replace((2, 2), float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace((2, 2), float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace(-1, None)
    print("b'abc'.replace(-1, None)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace(-1, None)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace((2, 2), 2**63)
    print("b'abc'.replace((2, 2), 2**63)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace((2, 2), 2**63)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace(memoryview(b'abcd'), 0)
    print("b'abc'.replace(memoryview(b'abcd'), 0)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace(memoryview(b'abcd'), 0)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace('x', (1,))
    print("b'abc'.replace('x', (1,))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace('x', (1,))", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace(bytearray(b'xy'), array.array('i', [1,2]))
    print("b'abc'.replace(bytearray(b'xy'), array.array('i', [1,2]))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace(bytearray(b'xy'), array.array('i', [1,2]))", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace(array.array('i', [1,2]), None)
    print("b'abc'.replace(array.array('i', [1,2]), None)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace(array.array('i', [1,2]), None)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.replace(slice(1, 10**30), -2**63-1)
    print("b'abc'.replace(slice(1, 10**30), -2**63-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.replace(slice(1, 10**30), -2**63-1)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count(1, [1,2])
    print("b'abc'.count(1, [1,2])", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count(1, [1,2])", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count('', float('nan'))
    print("b'abc'.count('', float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count('', float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count(2**63, 10**20)
    print("b'abc'.count(2**63, 10**20)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count(2**63, 10**20)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count(None, 1)
    print("b'abc'.count(None, 1)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count(None, 1)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count(10**20, 3.5)
    print("b'abc'.count(10**20, 3.5)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count(10**20, 3.5)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count(array.array('i', [1,2]), 'B')
    print("b'abc'.count(array.array('i', [1,2]), 'B')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count(array.array('i', [1,2]), 'B')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count(-10**30, 'B')
    print("b'abc'.count(-10**30, 'B')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count(-10**30, 'B')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count([1,2], '>q')
    print("b'abc'.count([1,2], '>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count([1,2], '>q')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count(3.5, 'B')
    print("b'abc'.count(3.5, 'B')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count(3.5, 'B')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count(memoryview(b'abcd'), [1,2])
    print("b'abc'.count(memoryview(b'abcd'), [1,2])", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count(memoryview(b'abcd'), [1,2])", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count(True, 10**20)
    print("b'abc'.count(True, 10**20)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count(True, 10**20)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count(None, b'')
    print("b'abc'.count(None, b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count(None, b'')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count('@P', 0)
    print("b'abc'.count('@P', 0)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count('@P', 0)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.count(None, 1)
    print("b'abc'.count(None, 1)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.count(None, 1)", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * 0
    print("b'abc' * 0", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * 0", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * '<i'
    print("b'abc' * '<i'", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * '<i'", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * (1,)
    print("b'abc' * (1,)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * (1,)", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * [1,2]
    print("b'abc' * [1,2]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * [1,2]", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * float('nan')
    print("b'abc' * float('nan')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * float('nan')", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * memoryview(b'abcd')
    print("b'abc' * memoryview(b'abcd')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * memoryview(b'abcd')", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * True
    print("b'abc' * True", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * True", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * -10**30
    print("b'abc' * -10**30", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * -10**30", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * True
    print("b'abc' * True", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * True", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * (1,)
    print("b'abc' * (1,)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * (1,)", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * ()
    print("b'abc' * ()", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * ()", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * [1,2]
    print("b'abc' * [1,2]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * [1,2]", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * ''
    print("b'abc' * ''", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * ''", type(e).__name__, e)
_r = None
try:
    _r = b'abc' * float('nan')
    print("b'abc' * float('nan')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc' * float('nan')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex(3.5, '3s')
    print("b'abc'.hex(3.5, '3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex(3.5, '3s')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex((), '')
    print("b'abc'.hex((), '')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex((), '')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex('<i', -10**30)
    print("b'abc'.hex('<i', -10**30)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex('<i', -10**30)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex(-2**63-1, b'abc')
    print("b'abc'.hex(-2**63-1, b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex(-2**63-1, b'abc')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex(b'', 1)
    print("b'abc'.hex(b'', 1)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex(b'', 1)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex('3s', -2**63-1)
    print("b'abc'.hex('3s', -2**63-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex('3s', -2**63-1)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex(0, -1)
    print("b'abc'.hex(0, -1)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex(0, -1)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex(-10**30, '<i')
    print("b'abc'.hex(-10**30, '<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex(-10**30, '<i')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex((), None)
    print("b'abc'.hex((), None)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex((), None)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex(bytearray(b'xy'), 10**20)
    print("b'abc'.hex(bytearray(b'xy'), 10**20)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex(bytearray(b'xy'), 10**20)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex(1, -1)
    print("b'abc'.hex(1, -1)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex(1, -1)", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex(True, '3s')
    print("b'abc'.hex(True, '3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex(True, '3s')", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex(b'abc', (2, 2))
    print("b'abc'.hex(b'abc', (2, 2))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex(b'abc', (2, 2))", type(e).__name__, e)
_r = None
try:
    _r = b'abc'.hex([1,2], True)
    print("b'abc'.hex([1,2], True)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'abc'.hex([1,2], True)", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center('B', slice(1, 10**30))
    print("b'a'.center('B', slice(1, 10**30))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center('B', slice(1, 10**30))", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center(float('nan'), '')
    print("b'a'.center(float('nan'), '')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center(float('nan'), '')", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center('B', 1)
    print("b'a'.center('B', 1)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center('B', 1)", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center(memoryview(b'abcd'), 10**20)
    print("b'a'.center(memoryview(b'abcd'), 10**20)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center(memoryview(b'abcd'), 10**20)", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center(10**20, None)
    print("b'a'.center(10**20, None)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center(10**20, None)", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center(memoryview(b'abcd'), 0)
    print("b'a'.center(memoryview(b'abcd'), 0)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center(memoryview(b'abcd'), 0)", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center(None, b'')
    print("b'a'.center(None, b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center(None, b'')", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center('x', (1,))
    print("b'a'.center('x', (1,))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center('x', (1,))", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center('x', float('nan'))
    print("b'a'.center('x', float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center('x', float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center(1, ())
    print("b'a'.center(1, ())", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center(1, ())", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center('B', 3.5)
    print("b'a'.center('B', 3.5)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center('B', 3.5)", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center(b'', 10**20)
    print("b'a'.center(b'', 10**20)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center(b'', 10**20)", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center(0, 'x')
    print("b'a'.center(0, 'x')", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center(0, 'x')", type(e).__name__, e)
_r = None
try:
    _r = b'a'.center(b'abc', -1)
    print("b'a'.center(b'abc', -1)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'a'.center(b'abc', -1)", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert([], None)
    print("bytearray(b'abc').insert([], None)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert([], None)", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert([1,2], -10**30)
    print("bytearray(b'abc').insert([1,2], -10**30)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert([1,2], -10**30)", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert(3.5, float('nan'))
    print("bytearray(b'abc').insert(3.5, float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert(3.5, float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert([1,2], '>q')
    print("bytearray(b'abc').insert([1,2], '>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert([1,2], '>q')", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert(0, -1)
    print("bytearray(b'abc').insert(0, -1)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert(0, -1)", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert(None, '3s')
    print("bytearray(b'abc').insert(None, '3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert(None, '3s')", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert(-1, -2**63-1)
    print("bytearray(b'abc').insert(-1, -2**63-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert(-1, -2**63-1)", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert(b'abc', slice(None))
    print("bytearray(b'abc').insert(b'abc', slice(None))", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert(b'abc', slice(None))", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert(1, b'abc')
    print("bytearray(b'abc').insert(1, b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert(1, b'abc')", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert(0, 'B')
    print("bytearray(b'abc').insert(0, 'B')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert(0, 'B')", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert('B', -10**30)
    print("bytearray(b'abc').insert('B', -10**30)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert('B', -10**30)", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert(float('nan'), -1)
    print("bytearray(b'abc').insert(float('nan'), -1)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert(float('nan'), -1)", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert(slice(None), [1,2])
    print("bytearray(b'abc').insert(slice(None), [1,2])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert(slice(None), [1,2])", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').insert((2, 2), '>q')
    print("bytearray(b'abc').insert((2, 2), '>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').insert((2, 2), '>q')", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop(-2**63-1)
    print("bytearray(b'abc').pop(-2**63-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop(-2**63-1)", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop(())
    print("bytearray(b'abc').pop(())", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop(())", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop('@P')
    print("bytearray(b'abc').pop('@P')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop('@P')", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop(slice(1, 10**30))
    print("bytearray(b'abc').pop(slice(1, 10**30))", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop(slice(1, 10**30))", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop('>q')
    print("bytearray(b'abc').pop('>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop('>q')", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop('<i')
    print("bytearray(b'abc').pop('<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop('<i')", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop(-2**63-1)
    print("bytearray(b'abc').pop(-2**63-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop(-2**63-1)", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop('<i')
    print("bytearray(b'abc').pop('<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop('<i')", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop(-10**30)
    print("bytearray(b'abc').pop(-10**30)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop(-10**30)", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop(1)
    print("bytearray(b'abc').pop(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop(1)", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop('3s')
    print("bytearray(b'abc').pop('3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop('3s')", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop(())
    print("bytearray(b'abc').pop(())", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop(())", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop(-10**30)
    print("bytearray(b'abc').pop(-10**30)", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop(-10**30)", type(e).__name__, e)
_r = None
try:
    _r = bytearray(b'abc').pop('<i')
    print("bytearray(b'abc').pop('<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("bytearray(b'abc').pop('<i')", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % '@P'
    print("b'%s' % '@P'", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % '@P'", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % -2**63-1
    print("b'%s' % -2**63-1", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % -2**63-1", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % [1,2]
    print("b'%s' % [1,2]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % [1,2]", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % [1,2]
    print("b'%s' % [1,2]", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % [1,2]", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % '3s'
    print("b'%s' % '3s'", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % '3s'", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % '@P'
    print("b'%s' % '@P'", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % '@P'", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % '3s'
    print("b'%s' % '3s'", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % '3s'", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % slice(None)
    print("b'%s' % slice(None)", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % slice(None)", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % ()
    print("b'%s' % ()", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % ()", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % True
    print("b'%s' % True", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % True", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % -10**30
    print("b'%s' % -10**30", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % -10**30", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % -1
    print("b'%s' % -1", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % -1", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % 1
    print("b'%s' % 1", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % 1", type(e).__name__, e)
_r = None
try:
    _r = b'%s' % -10**30
    print("b'%s' % -10**30", 'ok', type(_r).__name__)
except Exception as e:
    print("b'%s' % -10**30", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = '{:x}'.format(1)
    print("'{:x}'.format(1)", 'ok', type(_r).__name__)
except Exception as e:
    print("'{:x}'.format(1)", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))['<i']
    print("memoryview(array.array('i', [1,2,3]))['<i']", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))['<i']", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))[None]
    print("memoryview(array.array('i', [1,2,3]))[None]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))[None]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))[-1]
    print("memoryview(array.array('i', [1,2,3]))[-1]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))[-1]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))[None]
    print("memoryview(array.array('i', [1,2,3]))[None]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))[None]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))['<i']
    print("memoryview(array.array('i', [1,2,3]))['<i']", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))['<i']", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))[3.5]
    print("memoryview(array.array('i', [1,2,3]))[3.5]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))[3.5]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))['<i']
    print("memoryview(array.array('i', [1,2,3]))['<i']", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))['<i']", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))[memoryview(b'abcd')]
    print("memoryview(array.array('i', [1,2,3]))[memoryview(b'abcd')]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))[memoryview(b'abcd')]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))[(2, 2)]
    print("memoryview(array.array('i', [1,2,3]))[(2, 2)]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))[(2, 2)]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))[-1]
    print("memoryview(array.array('i', [1,2,3]))[-1]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))[-1]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))[array.array('i', [1,2])]
    print("memoryview(array.array('i', [1,2,3]))[array.array('i', [1,2])]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))[array.array('i', [1,2])]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))['B']
    print("memoryview(array.array('i', [1,2,3]))['B']", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))['B']", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))[1]
    print("memoryview(array.array('i', [1,2,3]))[1]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))[1]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(array.array('i', [1,2,3]))[-10**30]
    print("memoryview(array.array('i', [1,2,3]))[-10**30]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(array.array('i', [1,2,3]))[-10**30]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')[3.5]
    print("memoryview(b'ab').cast('c')[3.5]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')[3.5]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')[slice(1, 10**30)]
    print("memoryview(b'ab').cast('c')[slice(1, 10**30)]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')[slice(1, 10**30)]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')['x']
    print("memoryview(b'ab').cast('c')['x']", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')['x']", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')[-10**30]
    print("memoryview(b'ab').cast('c')[-10**30]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')[-10**30]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')['']
    print("memoryview(b'ab').cast('c')['']", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')['']", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')[slice(1, 10**30)]
    print("memoryview(b'ab').cast('c')[slice(1, 10**30)]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')[slice(1, 10**30)]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')[-2**63-1]
    print("memoryview(b'ab').cast('c')[-2**63-1]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')[-2**63-1]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')[[]]
    print("memoryview(b'ab').cast('c')[[]]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')[[]]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')[[]]
    print("memoryview(b'ab').cast('c')[[]]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')[[]]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')[True]
    print("memoryview(b'ab').cast('c')[True]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')[True]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')['']
    print("memoryview(b'ab').cast('c')['']", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')['']", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')[True]
    print("memoryview(b'ab').cast('c')[True]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')[True]", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')['B']
    print("memoryview(b'ab').cast('c')['B']", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')['B']", type(e).__name__, e)
_r = None
try:
    _r = memoryview(b'ab').cast('c')[[1,2]]
    print("memoryview(b'ab').cast('c')[[1,2]]", 'ok', type(_r).__name__)
except Exception as e:
    print("memoryview(b'ab').cast('c')[[1,2]]", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))[memoryview(b'abcd')])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[memoryview(b'abcd')])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[memoryview(b'abcd')])", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))[memoryview(b'abcd')])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[memoryview(b'abcd')])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[memoryview(b'abcd')])", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))[2**63])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[2**63])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[2**63])", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))[(1,)])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[(1,)])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[(1,)])", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))['B'])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))['B'])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))['B'])", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))[array.array('i', [1,2])])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[array.array('i', [1,2])])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[array.array('i', [1,2])])", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))[0])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[0])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[0])", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))[memoryview(b'abcd')])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[memoryview(b'abcd')])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[memoryview(b'abcd')])", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))['3s'])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))['3s'])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))['3s'])", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))[memoryview(b'abcd')])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[memoryview(b'abcd')])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[memoryview(b'abcd')])", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))[b'abc'])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[b'abc'])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[b'abc'])", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))[array.array('i', [1,2])])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[array.array('i', [1,2])])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[array.array('i', [1,2])])", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))[3.5])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[3.5])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[3.5])", type(e).__name__, e)
_r = None
try:
    _r = bytes(memoryview(bytearray(6)).cast('B', (2, 3))[slice(None)])
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[slice(None)])", 'ok', type(_r).__name__)
except Exception as e:
    print("bytes(memoryview(bytearray(6)).cast('B', (2, 3))[slice(None)])", type(e).__name__, e)
_r = None
try:
    _r = divmod(-2**63-1, '<i')
    print("divmod(-2**63-1, '<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("divmod(-2**63-1, '<i')", type(e).__name__, e)
_r = None
try:
    _r = divmod([1,2], None)
    print('divmod([1,2], None)', 'ok', type(_r).__name__)
except Exception as e:
    print('divmod([1,2], None)', type(e).__name__, e)
_r = None
try:
    _r = divmod(b'', -2**63-1)
    print("divmod(b'', -2**63-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("divmod(b'', -2**63-1)", type(e).__name__, e)
_r = None
try:
    _r = divmod(slice(1, 10**30), '3s')
    print("divmod(slice(1, 10**30), '3s')", 'ok', type(_r).__name__)
except Exception as e:
    print("divmod(slice(1, 10**30), '3s')", type(e).__name__, e)
_r = None
try:
    _r = divmod(-10**30, [1,2])
    print('divmod(-10**30, [1,2])', 'ok', type(_r).__name__)
except Exception as e:
    print('divmod(-10**30, [1,2])', type(e).__name__, e)
_r = None
try:
    _r = divmod(None, ())
    print('divmod(None, ())', 'ok', type(_r).__name__)
except Exception as e:
    print('divmod(None, ())', type(e).__name__, e)
_r = None
try:
    _r = divmod(2**63, '')
    print("divmod(2**63, '')", 'ok', type(_r).__name__)
except Exception as e:
    print("divmod(2**63, '')", type(e).__name__, e)
_r = None
try:
    _r = divmod(b'', float('nan'))
    print("divmod(b'', float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("divmod(b'', float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = divmod([], ())
    print('divmod([], ())', 'ok', type(_r).__name__)
except Exception as e:
    print('divmod([], ())', type(e).__name__, e)
_r = None
try:
    _r = divmod((), [])
    print('divmod((), [])', 'ok', type(_r).__name__)
except Exception as e:
    print('divmod((), [])', type(e).__name__, e)
_r = None
try:
    _r = divmod(b'abc', 0)
    print("divmod(b'abc', 0)", 'ok', type(_r).__name__)
except Exception as e:
    print("divmod(b'abc', 0)", type(e).__name__, e)
_r = None
try:
    _r = divmod(10**20, 0)
    print('divmod(10**20, 0)', 'ok', type(_r).__name__)
except Exception as e:
    print('divmod(10**20, 0)', type(e).__name__, e)
_r = None
try:
    _r = divmod([], True)
    print('divmod([], True)', 'ok', type(_r).__name__)
except Exception as e:
    print('divmod([], True)', type(e).__name__, e)
_r = None
try:
    _r = divmod(memoryview(b'abcd'), b'abc')
    print("divmod(memoryview(b'abcd'), b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("divmod(memoryview(b'abcd'), b'abc')", type(e).__name__, e)
_r = None
try:
    _r = pow('B', '<i', 7)
    print("pow('B', '<i', 7)", 'ok', type(_r).__name__)
except Exception as e:
    print("pow('B', '<i', 7)", type(e).__name__, e)
_r = None
try:
    _r = pow(-2**63-1, bytearray(b'xy'), 7)
    print("pow(-2**63-1, bytearray(b'xy'), 7)", 'ok', type(_r).__name__)
except Exception as e:
    print("pow(-2**63-1, bytearray(b'xy'), 7)", type(e).__name__, e)
_r = None
try:
    _r = pow(b'', b'abc', 7)
    print("pow(b'', b'abc', 7)", 'ok', type(_r).__name__)
except Exception as e:
    print("pow(b'', b'abc', 7)", type(e).__name__, e)
_r = None
try:
    _r = pow('x', 2**63, 7)
    print("pow('x', 2**63, 7)", 'ok', type(_r).__name__)
except Exception as e:
    print("pow('x', 2**63, 7)", type(e).__name__, e)
_r = None
try:
    _r = pow('3s', 'x', 7)
    print("pow('3s', 'x', 7)", 'ok', type(_r).__name__)
except Exception as e:
    print("pow('3s', 'x', 7)", type(e).__name__, e)
_r = None
try:
    _r = pow(0, 'x', 7)
    print("pow(0, 'x', 7)", 'ok', type(_r).__name__)
except Exception as e:
    print("pow(0, 'x', 7)", type(e).__name__, e)
_r = None
try:
    _r = pow('>q', 'x', 7)
    print("pow('>q', 'x', 7)", 'ok', type(_r).__name__)
except Exception as e:
    print("pow('>q', 'x', 7)", type(e).__name__, e)
_r = None
try:
    _r = pow('3s', b'abc', 7)
    print("pow('3s', b'abc', 7)", 'ok', type(_r).__name__)
except Exception as e:
    print("pow('3s', b'abc', 7)", type(e).__name__, e)
_r = None
try:
    _r = pow(2**63, array.array('i', [1,2]), 7)
    print("pow(2**63, array.array('i', [1,2]), 7)", 'ok', type(_r).__name__)
except Exception as e:
    print("pow(2**63, array.array('i', [1,2]), 7)", type(e).__name__, e)
_r = None
try:
    _r = pow(3.5, '', 7)
    print("pow(3.5, '', 7)", 'ok', type(_r).__name__)
except Exception as e:
    print("pow(3.5, '', 7)", type(e).__name__, e)
_r = None
try:
    _r = pow(0, (), 7)
    print('pow(0, (), 7)', 'ok', type(_r).__name__)
except Exception as e:
    print('pow(0, (), 7)', type(e).__name__, e)
_r = None
try:
    _r = pow('<i', 'B', 7)
    print("pow('<i', 'B', 7)", 'ok', type(_r).__name__)
except Exception as e:
    print("pow('<i', 'B', 7)", type(e).__name__, e)
_r = None
try:
    _r = pow(None, b'', 7)
    print("pow(None, b'', 7)", 'ok', type(_r).__name__)
except Exception as e:
    print("pow(None, b'', 7)", type(e).__name__, e)
_r = None
try:
    _r = pow(-1, b'abc', 7)
    print("pow(-1, b'abc', 7)", 'ok', type(_r).__name__)
except Exception as e:
    print("pow(-1, b'abc', 7)", type(e).__name__, e)
_r = None
try:
    _r = round(b'abc', (2, 2))
    print("round(b'abc', (2, 2))", 'ok', type(_r).__name__)
except Exception as e:
    print("round(b'abc', (2, 2))", type(e).__name__, e)
_r = None
try:
    _r = round(slice(None), -1)
    print('round(slice(None), -1)', 'ok', type(_r).__name__)
except Exception as e:
    print('round(slice(None), -1)', type(e).__name__, e)
_r = None
try:
    _r = round(b'', array.array('i', [1,2]))
    print("round(b'', array.array('i', [1,2]))", 'ok', type(_r).__name__)
except Exception as e:
    print("round(b'', array.array('i', [1,2]))", type(e).__name__, e)
_r = None
try:
    _r = round(bytearray(b'xy'), '>q')
    print("round(bytearray(b'xy'), '>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("round(bytearray(b'xy'), '>q')", type(e).__name__, e)
_r = None
try:
    _r = round(None, (2, 2))
    print('round(None, (2, 2))', 'ok', type(_r).__name__)
except Exception as e:
    print('round(None, (2, 2))', type(e).__name__, e)
_r = None
try:
    _r = round(1, None)
    print('round(1, None)', 'ok', type(_r).__name__)
except Exception as e:
    print('round(1, None)', type(e).__name__, e)
_r = None
try:
    _r = round(2**63, 1)
    print('round(2**63, 1)', 'ok', type(_r).__name__)
except Exception as e:
    print('round(2**63, 1)', type(e).__name__, e)
_r = None
try:
    _r = round('3s', True)
    print("round('3s', True)", 'ok', type(_r).__name__)
except Exception as e:
    print("round('3s', True)", type(e).__name__, e)
_r = None
try:
    _r = round('B', -10**30)
    print("round('B', -10**30)", 'ok', type(_r).__name__)
except Exception as e:
    print("round('B', -10**30)", type(e).__name__, e)
_r = None
try:
    _r = round(array.array('i', [1,2]), -2**63-1)
    print("round(array.array('i', [1,2]), -2**63-1)", 'ok', type(_r).__name__)
except Exception as e:
    print("round(array.array('i', [1,2]), -2**63-1)", type(e).__name__, e)
_r = None
try:
    _r = round(float('nan'), None)
    print("round(float('nan'), None)", 'ok', type(_r).__name__)
except Exception as e:
    print("round(float('nan'), None)", type(e).__name__, e)
_r = None
try:
    _r = round(bytearray(b'xy'), [1,2])
    print("round(bytearray(b'xy'), [1,2])", 'ok', type(_r).__name__)
except Exception as e:
    print("round(bytearray(b'xy'), [1,2])", type(e).__name__, e)
_r = None
try:
    _r = round('x', 3.5)
    print("round('x', 3.5)", 'ok', type(_r).__name__)
except Exception as e:
    print("round('x', 3.5)", type(e).__name__, e)
_r = None
try:
    _r = round('>q', b'')
    print("round('>q', b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("round('>q', b'')", type(e).__name__, e)
_r = None
try:
    _r = int('@P', bytearray(b'xy'))
    print("int('@P', bytearray(b'xy'))", 'ok', type(_r).__name__)
except Exception as e:
    print("int('@P', bytearray(b'xy'))", type(e).__name__, e)
_r = None
try:
    _r = int((), 0)
    print('int((), 0)', 'ok', type(_r).__name__)
except Exception as e:
    print('int((), 0)', type(e).__name__, e)
_r = None
try:
    _r = int('@P', '>q')
    print("int('@P', '>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("int('@P', '>q')", type(e).__name__, e)
_r = None
try:
    _r = int(-10**30, b'abc')
    print("int(-10**30, b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("int(-10**30, b'abc')", type(e).__name__, e)
_r = None
try:
    _r = int(array.array('i', [1,2]), ())
    print("int(array.array('i', [1,2]), ())", 'ok', type(_r).__name__)
except Exception as e:
    print("int(array.array('i', [1,2]), ())", type(e).__name__, e)
_r = None
try:
    _r = int((1,), (1,))
    print('int((1,), (1,))', 'ok', type(_r).__name__)
except Exception as e:
    print('int((1,), (1,))', type(e).__name__, e)
_r = None
try:
    _r = int(3.5, '<i')
    print("int(3.5, '<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("int(3.5, '<i')", type(e).__name__, e)
_r = None
try:
    _r = int(-1, 1)
    print('int(-1, 1)', 'ok', type(_r).__name__)
except Exception as e:
    print('int(-1, 1)', type(e).__name__, e)
_r = None
try:
    _r = int(array.array('i', [1,2]), '<i')
    print("int(array.array('i', [1,2]), '<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("int(array.array('i', [1,2]), '<i')", type(e).__name__, e)
_r = None
try:
    _r = int(bytearray(b'xy'), memoryview(b'abcd'))
    print("int(bytearray(b'xy'), memoryview(b'abcd'))", 'ok', type(_r).__name__)
except Exception as e:
    print("int(bytearray(b'xy'), memoryview(b'abcd'))", type(e).__name__, e)
_r = None
try:
    _r = int(slice(1, 10**30), '>q')
    print("int(slice(1, 10**30), '>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("int(slice(1, 10**30), '>q')", type(e).__name__, e)
_r = None
try:
    _r = int(-2**63-1, -10**30)
    print('int(-2**63-1, -10**30)', 'ok', type(_r).__name__)
except Exception as e:
    print('int(-2**63-1, -10**30)', type(e).__name__, e)
_r = None
try:
    _r = int((2, 2), 'B')
    print("int((2, 2), 'B')", 'ok', type(_r).__name__)
except Exception as e:
    print("int((2, 2), 'B')", type(e).__name__, e)
_r = None
try:
    _r = int([], 1)
    print('int([], 1)', 'ok', type(_r).__name__)
except Exception as e:
    print('int([], 1)', type(e).__name__, e)
_r = None
try:
    _r = str(array.array('i', [1,2]), array.array('i', [1,2]))
    print("str(array.array('i', [1,2]), array.array('i', [1,2]))", 'ok', type(_r).__name__)
except Exception as e:
    print("str(array.array('i', [1,2]), array.array('i', [1,2]))", type(e).__name__, e)
_r = None
try:
    _r = str((1,), -2**63-1)
    print('str((1,), -2**63-1)', 'ok', type(_r).__name__)
except Exception as e:
    print('str((1,), -2**63-1)', type(e).__name__, e)
_r = None
try:
    _r = str(10**20, [])
    print('str(10**20, [])', 'ok', type(_r).__name__)
except Exception as e:
    print('str(10**20, [])', type(e).__name__, e)
_r = None
try:
    _r = str(bytearray(b'xy'), 'x')
    print("str(bytearray(b'xy'), 'x')", 'ok', type(_r).__name__)
except Exception as e:
    print("str(bytearray(b'xy'), 'x')", type(e).__name__, e)
_r = None
try:
    _r = str('B', 'B')
    print("str('B', 'B')", 'ok', type(_r).__name__)
except Exception as e:
    print("str('B', 'B')", type(e).__name__, e)
_r = None
try:
    _r = str(None, '<i')
    print("str(None, '<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("str(None, '<i')", type(e).__name__, e)
_r = None
try:
    _r = str('<i', -10**30)
    print("str('<i', -10**30)", 'ok', type(_r).__name__)
except Exception as e:
    print("str('<i', -10**30)", type(e).__name__, e)
_r = None
try:
    _r = str(None, b'abc')
    print("str(None, b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("str(None, b'abc')", type(e).__name__, e)
_r = None
try:
    _r = str(-10**30, float('nan'))
    print("str(-10**30, float('nan'))", 'ok', type(_r).__name__)
except Exception as e:
    print("str(-10**30, float('nan'))", type(e).__name__, e)
_r = None
try:
    _r = str('B', [])
    print("str('B', [])", 'ok', type(_r).__name__)
except Exception as e:
    print("str('B', [])", type(e).__name__, e)
_r = None
try:
    _r = str((1,), True)
    print('str((1,), True)', 'ok', type(_r).__name__)
except Exception as e:
    print('str((1,), True)', type(e).__name__, e)
_r = None
try:
    _r = str(b'abc', 2**63)
    print("str(b'abc', 2**63)", 'ok', type(_r).__name__)
except Exception as e:
    print("str(b'abc', 2**63)", type(e).__name__, e)
_r = None
try:
    _r = str(10**20, -10**30)
    print('str(10**20, -10**30)', 'ok', type(_r).__name__)
except Exception as e:
    print('str(10**20, -10**30)', type(e).__name__, e)
_r = None
try:
    _r = str(10**20, -1)
    print('str(10**20, -1)', 'ok', type(_r).__name__)
except Exception as e:
    print('str(10**20, -1)', type(e).__name__, e)
_r = None
try:
    _r = range(3.5, [1,2])[3.5]
    print('range(3.5, [1,2])[3.5]', 'ok', type(_r).__name__)
except Exception as e:
    print('range(3.5, [1,2])[3.5]', type(e).__name__, e)
_r = None
try:
    _r = range((), '@P')[()]
    print("range((), '@P')[()]", 'ok', type(_r).__name__)
except Exception as e:
    print("range((), '@P')[()]", type(e).__name__, e)
_r = None
try:
    _r = range([], (1,))[[]]
    print('range([], (1,))[[]]', 'ok', type(_r).__name__)
except Exception as e:
    print('range([], (1,))[[]]', type(e).__name__, e)
_r = None
try:
    _r = range(float('nan'), memoryview(b'abcd'))[float('nan')]
    print("range(float('nan'), memoryview(b'abcd'))[float('nan')]", 'ok', type(_r).__name__)
except Exception as e:
    print("range(float('nan'), memoryview(b'abcd'))[float('nan')]", type(e).__name__, e)
_r = None
try:
    _r = range(array.array('i', [1,2]), 'x')[array.array('i', [1,2])]
    print("range(array.array('i', [1,2]), 'x')[array.array('i', [1,2])]", 'ok', type(_r).__name__)
except Exception as e:
    print("range(array.array('i', [1,2]), 'x')[array.array('i', [1,2])]", type(e).__name__, e)
_r = None
try:
    _r = range('>q', memoryview(b'abcd'))['>q']
    print("range('>q', memoryview(b'abcd'))['>q']", 'ok', type(_r).__name__)
except Exception as e:
    print("range('>q', memoryview(b'abcd'))['>q']", type(e).__name__, e)
_r = None
try:
    _r = range(bytearray(b'xy'), -2**63-1)[bytearray(b'xy')]
    print("range(bytearray(b'xy'), -2**63-1)[bytearray(b'xy')]", 'ok', type(_r).__name__)
except Exception as e:
    print("range(bytearray(b'xy'), -2**63-1)[bytearray(b'xy')]", type(e).__name__, e)
_r = None
try:
    _r = range((1,), 3.5)[(1,)]
    print('range((1,), 3.5)[(1,)]', 'ok', type(_r).__name__)
except Exception as e:
    print('range((1,), 3.5)[(1,)]', type(e).__name__, e)
_r = None
try:
    _r = range(float('nan'), -1)[float('nan')]
    print("range(float('nan'), -1)[float('nan')]", 'ok', type(_r).__name__)
except Exception as e:
    print("range(float('nan'), -1)[float('nan')]", type(e).__name__, e)
_r = None
try:
    _r = range(10**20, 'x')[10**20]
    print("range(10**20, 'x')[10**20]", 'ok', type(_r).__name__)
except Exception as e:
    print("range(10**20, 'x')[10**20]", type(e).__name__, e)
_r = None
try:
    _r = range((1,), -1)[(1,)]
    print('range((1,), -1)[(1,)]', 'ok', type(_r).__name__)
except Exception as e:
    print('range((1,), -1)[(1,)]', type(e).__name__, e)
_r = None
try:
    _r = range('x', float('nan'))['x']
    print("range('x', float('nan'))['x']", 'ok', type(_r).__name__)
except Exception as e:
    print("range('x', float('nan'))['x']", type(e).__name__, e)
_r = None
try:
    _r = range(b'', None)[b'']
    print("range(b'', None)[b'']", 'ok', type(_r).__name__)
except Exception as e:
    print("range(b'', None)[b'']", type(e).__name__, e)
_r = None
try:
    _r = range('@P', slice(None))['@P']
    print("range('@P', slice(None))['@P']", 'ok', type(_r).__name__)
except Exception as e:
    print("range('@P', slice(None))['@P']", type(e).__name__, e)
_r = None
try:
    _r = sorted(3.5, key=())
    print('sorted(3.5, key=())', 'ok', type(_r).__name__)
except Exception as e:
    print('sorted(3.5, key=())', type(e).__name__, e)
_r = None
try:
    _r = sorted(0, key='<i')
    print("sorted(0, key='<i')", 'ok', type(_r).__name__)
except Exception as e:
    print("sorted(0, key='<i')", type(e).__name__, e)
_r = None
try:
    _r = sorted((2, 2), key=bytearray(b'xy'))
    print("sorted((2, 2), key=bytearray(b'xy'))", 'ok', type(_r).__name__)
except Exception as e:
    print("sorted((2, 2), key=bytearray(b'xy'))", type(e).__name__, e)
_r = None
try:
    _r = sorted(b'abc', key=bytearray(b'xy'))
    print("sorted(b'abc', key=bytearray(b'xy'))", 'ok', type(_r).__name__)
except Exception as e:
    print("sorted(b'abc', key=bytearray(b'xy'))", type(e).__name__, e)
_r = None
try:
    _r = sorted('<i', key=[1,2])
    print("sorted('<i', key=[1,2])", 'ok', type(_r).__name__)
except Exception as e:
    print("sorted('<i', key=[1,2])", type(e).__name__, e)
_r = None
try:
    _r = sorted(3.5, key=b'abc')
    print("sorted(3.5, key=b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("sorted(3.5, key=b'abc')", type(e).__name__, e)
_r = None
try:
    _r = sorted(None, key='x')
    print("sorted(None, key='x')", 'ok', type(_r).__name__)
except Exception as e:
    print("sorted(None, key='x')", type(e).__name__, e)
_r = None
try:
    _r = sorted('>q', key=1)
    print("sorted('>q', key=1)", 'ok', type(_r).__name__)
except Exception as e:
    print("sorted('>q', key=1)", type(e).__name__, e)
_r = None
try:
    _r = sorted([], key=None)
    print('sorted([], key=None)', 'ok', type(_r).__name__)
except Exception as e:
    print('sorted([], key=None)', type(e).__name__, e)
_r = None
try:
    _r = sorted(slice(None), key=b'')
    print("sorted(slice(None), key=b'')", 'ok', type(_r).__name__)
except Exception as e:
    print("sorted(slice(None), key=b'')", type(e).__name__, e)
_r = None
try:
    _r = sorted(-2**63-1, key=True)
    print('sorted(-2**63-1, key=True)', 'ok', type(_r).__name__)
except Exception as e:
    print('sorted(-2**63-1, key=True)', type(e).__name__, e)
_r = None
try:
    _r = sorted([1,2], key=[1,2])
    print('sorted([1,2], key=[1,2])', 'ok', type(_r).__name__)
except Exception as e:
    print('sorted([1,2], key=[1,2])', type(e).__name__, e)
_r = None
try:
    _r = sorted(-10**30, key='@P')
    print("sorted(-10**30, key='@P')", 'ok', type(_r).__name__)
except Exception as e:
    print("sorted(-10**30, key='@P')", type(e).__name__, e)
_r = None
try:
    _r = sorted((2, 2), key=(2, 2))
    print('sorted((2, 2), key=(2, 2))', 'ok', type(_r).__name__)
except Exception as e:
    print('sorted((2, 2), key=(2, 2))', type(e).__name__, e)
_r = None
try:
    _r = max(3.5, -1)
    print('max(3.5, -1)', 'ok', type(_r).__name__)
except Exception as e:
    print('max(3.5, -1)', type(e).__name__, e)
_r = None
try:
    _r = max(None, ())
    print('max(None, ())', 'ok', type(_r).__name__)
except Exception as e:
    print('max(None, ())', type(e).__name__, e)
_r = None
try:
    _r = max(float('nan'), b'abc')
    print("max(float('nan'), b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("max(float('nan'), b'abc')", type(e).__name__, e)
_r = None
try:
    _r = max(b'abc', -10**30)
    print("max(b'abc', -10**30)", 'ok', type(_r).__name__)
except Exception as e:
    print("max(b'abc', -10**30)", type(e).__name__, e)
_r = None
try:
    _r = max(memoryview(b'abcd'), bytearray(b'xy'))
    print("max(memoryview(b'abcd'), bytearray(b'xy'))", 'ok', type(_r).__name__)
except Exception as e:
    print("max(memoryview(b'abcd'), bytearray(b'xy'))", type(e).__name__, e)
_r = None
try:
    _r = max('B', (2, 2))
    print("max('B', (2, 2))", 'ok', type(_r).__name__)
except Exception as e:
    print("max('B', (2, 2))", type(e).__name__, e)
_r = None
try:
    _r = max('3s', (2, 2))
    print("max('3s', (2, 2))", 'ok', type(_r).__name__)
except Exception as e:
    print("max('3s', (2, 2))", type(e).__name__, e)
_r = None
try:
    _r = max(0, -2**63-1)
    print('max(0, -2**63-1)', 'ok', type(_r).__name__)
except Exception as e:
    print('max(0, -2**63-1)', type(e).__name__, e)
_r = None
try:
    _r = max(1, bytearray(b'xy'))
    print("max(1, bytearray(b'xy'))", 'ok', type(_r).__name__)
except Exception as e:
    print("max(1, bytearray(b'xy'))", type(e).__name__, e)
_r = None
try:
    _r = max('', '>q')
    print("max('', '>q')", 'ok', type(_r).__name__)
except Exception as e:
    print("max('', '>q')", type(e).__name__, e)
_r = None
try:
    _r = max((), '@P')
    print("max((), '@P')", 'ok', type(_r).__name__)
except Exception as e:
    print("max((), '@P')", type(e).__name__, e)
_r = None
try:
    _r = max([], slice(None))
    print('max([], slice(None))', 'ok', type(_r).__name__)
except Exception as e:
    print('max([], slice(None))', type(e).__name__, e)
_r = None
try:
    _r = max([], 0)
    print('max([], 0)', 'ok', type(_r).__name__)
except Exception as e:
    print('max([], 0)', type(e).__name__, e)
_r = None
try:
    _r = max(-1, b'abc')
    print("max(-1, b'abc')", 'ok', type(_r).__name__)
except Exception as e:
    print("max(-1, b'abc')", type(e).__name__, e)
_r = None
try:
    _r = list(zip(array.array('i', [1,2]), array.array('i', [1,2])))
    print("list(zip(array.array('i', [1,2]), array.array('i', [1,2])))", 'ok', type(_r).__name__)
except Exception as e:
    print("list(zip(array.array('i', [1,2]), array.array('i', [1,2])))", type(e).__name__, e)
_r = None
try:
    _r = list(zip(array.array('i', [1,2]), '3s'))
    print("list(zip(array.array('i', [1,2]), '3s'))", 'ok', type(_r).__name__)
except Exception as e:
    print("list(zip(array.array('i', [1,2]), '3s'))", type(e).__name__, e)
_r = None
try:
    _r = list(zip([1,2], (2, 2)))
    print('list(zip([1,2], (2, 2)))', 'ok', type(_r).__name__)
except Exception as e:
    print('list(zip([1,2], (2, 2)))', type(e).__name__, e)
_r = None
try:
    _r = list(zip(memoryview(b'abcd'), memoryview(b'abcd')))
    print("list(zip(memoryview(b'abcd'), memoryview(b'abcd')))", 'ok', type(_r).__name__)
except Exception as e:
    print("list(zip(memoryview(b'abcd'), memoryview(b'abcd')))", type(e).__name__, e)
_r = None
try:
    _r = list(zip(float('nan'), '@P'))
    print("list(zip(float('nan'), '@P'))", 'ok', type(_r).__name__)
except Exception as e:
    print("list(zip(float('nan'), '@P'))", type(e).__name__, e)
_r = None
try:
    _r = list(zip(2**63, float('nan')))
    print("list(zip(2**63, float('nan')))", 'ok', type(_r).__name__)
except Exception as e:
    print("list(zip(2**63, float('nan')))", type(e).__name__, e)
_r = None
try:
    _r = list(zip(-2**63-1, -2**63-1))
    print('list(zip(-2**63-1, -2**63-1))', 'ok', type(_r).__name__)
except Exception as e:
    print('list(zip(-2**63-1, -2**63-1))', type(e).__name__, e)
_r = None
try:
    _r = list(zip([1,2], True))
    print('list(zip([1,2], True))', 'ok', type(_r).__name__)
except Exception as e:
    print('list(zip([1,2], True))', type(e).__name__, e)
_r = None
try:
    _r = list(zip(2**63, '3s'))
    print("list(zip(2**63, '3s'))", 'ok', type(_r).__name__)
except Exception as e:
    print("list(zip(2**63, '3s'))", type(e).__name__, e)
_r = None
try:
    _r = list(zip('<i', ''))
    print("list(zip('<i', ''))", 'ok', type(_r).__name__)
except Exception as e:
    print("list(zip('<i', ''))", type(e).__name__, e)
_r = None
try:
    _r = list(zip(-10**30, (2, 2)))
    print('list(zip(-10**30, (2, 2)))', 'ok', type(_r).__name__)
except Exception as e:
    print('list(zip(-10**30, (2, 2)))', type(e).__name__, e)
_r = None
try:
    _r = list(zip('>q', ()))
    print("list(zip('>q', ()))", 'ok', type(_r).__name__)
except Exception as e:
    print("list(zip('>q', ()))", type(e).__name__, e)
_r = None
try:
    _r = list(zip(memoryview(b'abcd'), -1))
    print("list(zip(memoryview(b'abcd'), -1))", 'ok', type(_r).__name__)
except Exception as e:
    print("list(zip(memoryview(b'abcd'), -1))", type(e).__name__, e)
_r = None
try:
    _r = list(zip((1,), '>q'))
    print("list(zip((1,), '>q'))", 'ok', type(_r).__name__)
except Exception as e:
    print("list(zip((1,), '>q'))", type(e).__name__, e)
_r = None
try:
    _r = 'abc'[1:0:1]
    print("'abc'[1:0:1]", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'[1:0:1]", type(e).__name__, e)
_r = None
try:
    _r = 'abc'['@P':-2**63-1:'@P']
    print("'abc'['@P':-2**63-1:'@P']", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'['@P':-2**63-1:'@P']", type(e).__name__, e)
_r = None
try:
    _r = 'abc'[float('nan'):slice(None):float('nan')]
    print("'abc'[float('nan'):slice(None):float('nan')]", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'[float('nan'):slice(None):float('nan')]", type(e).__name__, e)
_r = None
try:
    _r = 'abc'[array.array('i', [1,2]):1:array.array('i', [1,2])]
    print("'abc'[array.array('i', [1,2]):1:array.array('i', [1,2])]", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'[array.array('i', [1,2]):1:array.array('i', [1,2])]", type(e).__name__, e)
_r = None
try:
    _r = 'abc'[-10**30:'':-10**30]
    print("'abc'[-10**30:'':-10**30]", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'[-10**30:'':-10**30]", type(e).__name__, e)
_r = None
try:
    _r = 'abc'['B':-2**63-1:'B']
    print("'abc'['B':-2**63-1:'B']", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'['B':-2**63-1:'B']", type(e).__name__, e)
_r = None
try:
    _r = 'abc'[-10**30:None:-10**30]
    print("'abc'[-10**30:None:-10**30]", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'[-10**30:None:-10**30]", type(e).__name__, e)
_r = None
try:
    _r = 'abc'[[1,2]:-10**30:[1,2]]
    print("'abc'[[1,2]:-10**30:[1,2]]", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'[[1,2]:-10**30:[1,2]]", type(e).__name__, e)
_r = None
try:
    _r = 'abc'[bytearray(b'xy'):'':bytearray(b'xy')]
    print("'abc'[bytearray(b'xy'):'':bytearray(b'xy')]", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'[bytearray(b'xy'):'':bytearray(b'xy')]", type(e).__name__, e)
_r = None
try:
    _r = 'abc'['>q':2**63:'>q']
    print("'abc'['>q':2**63:'>q']", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'['>q':2**63:'>q']", type(e).__name__, e)
_r = None
try:
    _r = 'abc'[2**63:-1:2**63]
    print("'abc'[2**63:-1:2**63]", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'[2**63:-1:2**63]", type(e).__name__, e)
_r = None
try:
    _r = 'abc'['B':[1,2]:'B']
    print("'abc'['B':[1,2]:'B']", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'['B':[1,2]:'B']", type(e).__name__, e)
_r = None
try:
    _r = 'abc'[slice(None):3.5:slice(None)]
    print("'abc'[slice(None):3.5:slice(None)]", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'[slice(None):3.5:slice(None)]", type(e).__name__, e)
_r = None
try:
    _r = 'abc'[b'abc':None:b'abc']
    print("'abc'[b'abc':None:b'abc']", 'ok', type(_r).__name__)
except Exception as e:
    print("'abc'[b'abc':None:b'abc']", type(e).__name__, e)
_r = None
try:
    _r = [1,2,3][float('nan'):'@P':float('nan')]
    print("[1,2,3][float('nan'):'@P':float('nan')]", 'ok', type(_r).__name__)
except Exception as e:
    print("[1,2,3][float('nan'):'@P':float('nan')]", type(e).__name__, e)
_r = None
try:
    _r = [1,2,3][slice(1, 10**30):0:slice(1, 10**30)]
    print('[1,2,3][slice(1, 10**30):0:slice(1, 10**30)]', 'ok', type(_r).__name__)
except Exception as e:
    print('[1,2,3][slice(1, 10**30):0:slice(1, 10**30)]', type(e).__name__, e)
_r = None
try:
    _r = [1,2,3][0:(1,):0]
    print('[1,2,3][0:(1,):0]', 'ok', type(_r).__name__)
except Exception as e:
    print('[1,2,3][0:(1,):0]', type(e).__name__, e)
_r = None
try:
    _r = [1,2,3]['B':memoryview(b'abcd'):'B']
    print("[1,2,3]['B':memoryview(b'abcd'):'B']", 'ok', type(_r).__name__)
except Exception as e:
    print("[1,2,3]['B':memoryview(b'abcd'):'B']", type(e).__name__, e)
_r = None
try:
    _r = [1,2,3][None:'x':None]
    print("[1,2,3][None:'x':None]", 'ok', type(_r).__name__)
except Exception as e:
    print("[1,2,3][None:'x':None]", type(e).__name__, e)
_r = None
try:
    _r = [1,2,3][-10**30:'3s':-10**30]
    print("[1,2,3][-10**30:'3s':-10**30]", 'ok', type(_r).__name__)
except Exception as e:
    print("[1,2,3][-10**30:'3s':-10**30]", type(e).__name__, e)
_r = None
try:
    _r = [1,2,3][():float('nan'):()]
    print("[1,2,3][():float('nan'):()]", 'ok', type(_r).__name__)
except Exception as e:
    print("[1,2,3][():float('nan'):()]", type(e).__name__, e)
_r = None
try:
    _r = [1,2,3][[]:[1,2]:[]]
    print('[1,2,3][[]:[1,2]:[]]', 'ok', type(_r).__name__)
except Exception as e:
    print('[1,2,3][[]:[1,2]:[]]', type(e).__name__, e)
_r = None
try:
    _r = [1,2,3][float('nan'):(1,):float('nan')]
    print("[1,2,3][float('nan'):(1,):float('nan')]", 'ok', type(_r).__name__)
except Exception as e:
    print("[1,2,3][float('nan'):(1,):float('nan')]", type(e).__name__, e)
_r = None
try:
    _r = [1,2,3][float('nan'):0:float('nan')]
    print("[1,2,3][float('nan'):0:float('nan')]", 'ok', type(_r).__name__)
except Exception as e:
    print("[1,2,3][float('nan'):0:float('nan')]", type(e).__name__, e)
_r = None
try:
    _r = [1,2,3][bytearray(b'xy'):'':bytearray(b'xy')]
    print("[1,2,3][bytearray(b'xy'):'':bytearray(b'xy')]", 'ok', type(_r).__name__)
except Exception as e:
    print("[1,2,3][bytearray(b'xy'):'':bytearray(b'xy')]", type(e).__name__, e)
_r = None
try:
    _r = [1,2,3][-10**30:'B':-10**30]
    print("[1,2,3][-10**30:'B':-10**30]", 'ok', type(_r).__name__)
except Exception as e:
    print("[1,2,3][-10**30:'B':-10**30]", type(e).__name__, e)
_r = None
try:
    _r = [1,2,3][1:0:1]
    print('[1,2,3][1:0:1]', 'ok', type(_r).__name__)
except Exception as e:
    print('[1,2,3][1:0:1]', type(e).__name__, e)
_r = None
try:
    _r = [1,2,3][3.5:[]:3.5]
    print('[1,2,3][3.5:[]:3.5]', 'ok', type(_r).__name__)
except Exception as e:
    print('[1,2,3][3.5:[]:3.5]', type(e).__name__, e)
