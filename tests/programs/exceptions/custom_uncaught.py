# A user-defined exception that escapes to the top level ends the program.
class LedgerError(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account} cannot cover {amount}")
        self.account = account
        self.amount = amount


balances = {"ops": 500, "rnd": 120, "hr": 60}


def transfer(src, dst, amount):
    if balances[src] < amount:
        raise LedgerError(src, amount)
    balances[src] -= amount
    balances[dst] += amount
    print(f"moved {amount} {src} -> {dst}: {balances}")


plan = [("ops", "rnd", 200), ("rnd", "hr", 100), ("hr", "ops", 500), ("ops", "hr", 50)]
for src, dst, amount in plan:
    try:
        transfer(src, dst, amount)
    except LedgerError as le:
        print("skipped:", le, "| short by", amount - balances[le.account])
print("final", balances, "total", sum(balances.values()))
transfer("hr", "rnd", 1000)
print("not reached")
