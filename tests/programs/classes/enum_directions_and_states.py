# Enums with tuple values, a property, methods that return members, members as dict keys.
from enum import Enum, auto


class Direction(Enum):
    UP = (0, -1)
    DOWN = (0, 1)
    LEFT = (-1, 0)
    RIGHT = (1, 0)

    def turn_right(self):
        order = [Direction.UP, Direction.RIGHT, Direction.DOWN, Direction.LEFT]
        return order[(order.index(self) + 1) % 4]

    @property
    def dx(self):
        return self.value[0]


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


def step(pos, d):
    return (pos[0] + d.dx, pos[1] + d.value[1])


pos = (0, 0)
d = Direction.UP
for _ in range(5):
    pos = step(pos, d)
    d = d.turn_right()
print(pos, d, d.name, Direction((1, 0)))
transitions = {State.IDLE: State.RUNNING, State.RUNNING: State.DONE}
s = State.IDLE
while s in transitions:
    print(s.name, "->", transitions[s].name)
    s = transitions[s]
print(s == State.DONE, s.value, [x.value for x in State])
