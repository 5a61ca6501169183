# expect: 10:7: error: dataclasses.asdict() is not supported yet
import dataclasses


@dataclasses.dataclass
class P:
    x: int


print(dataclasses.asdict(P(1)))
