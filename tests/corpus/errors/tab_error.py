def main():
	if True:
		print("tab")
        print("spaces")
