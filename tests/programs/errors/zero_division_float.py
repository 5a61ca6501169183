# Float division by zero raises ZeroDivisionError.
def speed(distance, seconds):
    return distance / seconds


def pace_report(distances, times):
    for d, t in zip(distances, times):
        v = speed(d, t)
        print(f"{d:.1f} m in {t:.2f} s -> {v:.3f} m/s")


distances = [100.0, 400.0, 1500.0, 42.195]
times = [9.58, 43.03, 206.0, 0.0]
print("starting report")
pace_report(distances, times)
