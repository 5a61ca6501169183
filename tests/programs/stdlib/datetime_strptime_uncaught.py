from datetime import datetime

print(datetime.strptime("2024-01-02", "%Y-%m-%d"))
print(datetime.strptime("2024-01-02 x", "%Y-%m-%d"))
