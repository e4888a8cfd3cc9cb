bytes_obj = b'Hello, World!'
mem_view = memoryview(bytes_obj)
print(mem_view)
