bytearray_obj = bytearray(b'Example data')
mem_view = memoryview(bytearray_obj)
print(mem_view)
