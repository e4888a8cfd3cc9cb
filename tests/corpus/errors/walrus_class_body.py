class Config:
    values = [1, 2]
    doubled = [(last := v * 2) for v in values]
