NAME = "other.mod"
