print("before")
items = [
    "one",
    "two"
    "three" 4,
]
