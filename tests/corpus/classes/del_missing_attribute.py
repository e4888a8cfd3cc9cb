class C:
    def __init__(self):
        self.value = 1
c = C()
del c.valu
