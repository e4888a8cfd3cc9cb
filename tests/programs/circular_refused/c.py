import d
X = 1
