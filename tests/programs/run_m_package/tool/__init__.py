print("tool package init", __name__)
