mem_view[0] = 65  # 'A' in ASCII
print(bytearray_obj)
