def main():
    print("lib main")


print("lib", __name__)
if __name__ == "__main__":
    main()
