# Nested dicts: a gradebook from student to subject to score.
grades = {
    "alice": {"math": 91, "physics": 84, "history": 77},
    "bob": {"math": 68, "physics": 72},
    "carol": {"math": 88, "history": 93, "art": 99},
}
print(grades)
print(grades["alice"]["physics"], len(grades["carol"]))

grades["bob"]["history"] = 81
grades["dave"] = {}
grades["dave"]["math"] = 55
grades["dave"]["art"] = 70
print(grades["bob"], grades["dave"])

for student, subjects in grades.items():
    total = 0
    for subject, score in subjects.items():
        total += score
    avg = total / len(subjects)
    print(f"{student:<6} subjects={len(subjects)} avg={avg:.2f}")

by_subject = {}
for student, subjects in grades.items():
    for subject, score in subjects.items():
        if subject not in by_subject:
            by_subject[subject] = {}
        by_subject[subject][student] = score
for subject in sorted(by_subject):
    print(subject, by_subject[subject])

for subject, scores in by_subject.items():
    best = ""
    best_score = -1
    for student, score in scores.items():
        if score > best_score:
            best, best_score = student, score
    print("top in", subject, "is", best, best_score)

missing = []
for student in grades:
    for subject in by_subject:
        if subject not in grades[student]:
            missing.append((student, subject))
print("missing", missing)

config = {"db": {"host": "localhost", "name": "app"}, "cache": {"host": "redis", "name": "c0"}}
for section, values in config.items():
    for key, val in values.items():
        print(f"{section}.{key} = {val}")
config["db"]["host"] = "db.internal"
print(config)
