print("counter body runs")
N = 0
