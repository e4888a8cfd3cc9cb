mem_slice = mem_view[7:12]
print(mem_slice.tobytes())
