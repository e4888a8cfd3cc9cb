print("solo", __name__)
