# A small bank simulation: accounts, a savings subclass, transfers and monthly interest.
class Account:
    FEE = 2

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount + Account.FEE > self.balance:
            print("  declined:", self.owner, "wants", amount, "has", self.balance)
            return False
        self.balance -= amount + self.FEE
        self.history.append(-amount)
        return True

    def month_end(self):
        pass

    def __str__(self):
        return f"{self.owner}: {self.balance} ({len(self.history)} transactions)"


class Savings(Account):
    RATE_PERCENT = 3

    def __init__(self, owner, balance, limit):
        super().__init__(owner, balance)
        self.limit = limit
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= self.limit:
            print("  declined:", self.owner, "reached the withdrawal limit")
            return False
        ok = super().withdraw(amount)
        if ok:
            self.withdrawals += 1
        return ok

    def month_end(self):
        interest = self.balance * Savings.RATE_PERCENT // 100
        self.deposit(interest)
        self.withdrawals = 0
        print("  interest for", self.owner, interest)

    def __str__(self):
        return "savings " + super().__str__()


def transfer(src, dst, amount):
    if src.withdraw(amount):
        dst.deposit(amount)
        print("transfer", amount, src.owner, "->", dst.owner)


accounts = [Account("ann", 500), Savings("bob", 1000, 2), Account("cy", 40)]
by_name = {}
for acct in accounts:
    by_name[acct.owner] = acct
    print(acct)

transfer(by_name["ann"], by_name["cy"], 120)
transfer(by_name["bob"], by_name["ann"], 300)
transfer(by_name["bob"], by_name["cy"], 50)
transfer(by_name["bob"], by_name["cy"], 10)
transfer(by_name["cy"], by_name["bob"], 500)
for month in range(1, 3):
    print("month", month)
    for acct in accounts:
        acct.month_end()
        print(" ", acct)
print("bank total", sum([a.balance for a in accounts]), "fee", Account.FEE, Savings.FEE)
print(isinstance(accounts[1], Savings), isinstance(accounts[0], Savings))
