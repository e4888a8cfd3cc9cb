class Failing:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)

class Z:
    bad = Failing()
