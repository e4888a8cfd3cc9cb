bytes_obj = b'Hello, World!'
mem_view = memoryview(bytes_obj)
print(mem_view)

bytearray_obj = bytearray(b'Example data')
mem_view = memoryview(bytearray_obj)
print(mem_view)

mem_slice = mem_view[7:12]
print(mem_slice.tobytes())

mem_view[0] = 65  # 'A' in ASCII
print(bytearray_obj)
