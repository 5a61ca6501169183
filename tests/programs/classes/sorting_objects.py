# __lt__ and __eq__ let sorted(), min() and max() work on objects; __repr__ prints lists.
class Version:
    def __init__(self, text):
        parts = text.split(".")
        self.major = int(parts[0])
        self.minor = int(parts[1])
        self.patch = int(parts[2])

    def key(self):
        return (self.major, self.minor, self.patch)

    def __lt__(self, other):
        return self.key() < other.key()

    def __eq__(self, other):
        return self.key() == other.key()

    def __repr__(self):
        return f"v{self.major}.{self.minor}.{self.patch}"


class Player:
    def __init__(self, name, score, games):
        self.name = name
        self.score = score
        self.games = games

    def average(self):
        return self.score / self.games

    def __lt__(self, other):
        if self.score != other.score:
            return self.score > other.score
        return self.name < other.name

    def __repr__(self):
        return "Player(" + repr(self.name) + ", " + str(self.score) + ")"

    def __str__(self):
        return f"{self.name} ({self.score} pts in {self.games} games)"


releases = [Version(t) for t in ["1.10.0", "1.2.3", "0.9.12", "1.2.10", "2.0.0", "1.2.3"]]
print(releases)
print(sorted(releases))
print("oldest", min(releases), "newest", max(releases))
print(releases[1] == releases[5], releases[1] < releases[3], releases[0] < releases[1])
releases.sort(reverse=True)
print(releases)
stable = [v for v in releases if v.major >= 1]
print("stable", stable, len(stable))

players = [Player("zed", 42, 6), Player("amy", 57, 7), Player("bo", 42, 5), Player("cal", 60, 9),
           Player("dee", 57, 8)]
ranking = sorted(players)
print(ranking)
for place, p in enumerate(ranking, 1):
    print(place, p, f"avg {p.average():.2f}")
print("leader:", min(players))
print(f"winner: {ranking[0]} / " + repr(ranking[0]))
print("last:", max(players))
print("str of list uses repr:", str(ranking[:2]))
best_avg = players[0]
for p in players:
    if p.average() > best_avg.average():
        best_avg = p
print("best average", best_avg.name, round(best_avg.average(), 3))
