X = "inner"
