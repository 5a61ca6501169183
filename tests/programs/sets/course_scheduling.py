# Students per course as sets: conflicts, shared enrolment and exam slots.
courses = {
    "algebra": {"ann", "ben", "cho", "dia"},
    "biology": {"ben", "eve", "fox"},
    "chemistry": {"cho", "eve", "gil", "ann"},
    "drama": {"fox", "gil", "hal"},
    "economics": {"hal", "ivy", "dia"},
}
names = sorted(courses)
for c in names:
    print(c, len(courses[c]), sorted(courses[c]))

conflicts = {}
for i in range(len(names)):
    for j in range(i + 1, len(names)):
        shared = courses[names[i]] & courses[names[j]]
        if len(shared) > 0:
            conflicts.setdefault(names[i], set()).add(names[j])
            conflicts.setdefault(names[j], set()).add(names[i])
            print("conflict", names[i], names[j], sorted(shared))

# greedy colouring: give each course the lowest slot no neighbour uses
slot = {}
for c in names:
    used = set()
    for other in sorted(conflicts.get(c, set())):
        if other in slot:
            used.add(slot[other])
    s = 0
    while s in used:
        s += 1
    slot[c] = s
    print(c, "neighbours use", used, "-> slot", s)
print(slot)

slots_needed = len(set(slot.values()))
print("exam slots needed", slots_needed)
for s in range(slots_needed):
    in_slot = [c for c in names if slot[c] == s]
    people = set()
    for c in in_slot:
        people = people | courses[c]
    print("slot", s, in_slot, "students", len(people))

everyone = set()
for c in names:
    everyone |= courses[c]
print("students", len(everyone), sorted(everyone))
load = {st: len([c for c in names if st in courses[c]]) for st in sorted(everyone)}
print(load)
busiest = sorted(everyone)[0]
for st in sorted(everyone):
    if load[st] > load[busiest]:
        busiest = st
print("busiest student", busiest, load[busiest])
