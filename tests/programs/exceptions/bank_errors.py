# A bank with accounts and custom exceptions: errors carry fields, are caught by class and by base
# class, re-raised, and one escapes through three frames at the end.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, wanted):
        super().__init__(f"{account.owner} has {account.balance}, wants {wanted}")
        self.account = account
        self.wanted = wanted


class FrozenAccount(BankError):
    def __init__(self, owner):
        super().__init__("account of " + owner + " is frozen")
        self.owner = owner


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.frozen = False

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(self.owner)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive, got " + str(amount))
        self.balance += amount


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)


def run(accounts, plan):
    for a, b, amount in plan:
        try:
            transfer(accounts[a], accounts[b], amount)
            print("ok", a, "->", b, amount)
        except InsufficientFunds as e:
            print("short:", e, "| missing", e.wanted - e.account.balance)
        except BankError as e:
            print("bank error:", e, repr(e))
        except ValueError as e:
            print("value error:", e)
        finally:
            print("  balances", [accounts[k].balance for k in sorted(accounts)])


accounts = {"ann": Account("ann", 100), "bob": Account("bob", 50), "cy": Account("cy", 0)}
accounts["cy"].frozen = True
run(accounts, [("ann", "bob", 30), ("bob", "ann", 500), ("cy", "ann", 1), ("ann", "cy", 0), ("bob", "cy", 80)])
try:
    try:
        accounts["bob"].withdraw(1000)
    except BankError:
        print("re-raising")
        raise
except InsufficientFunds as e:
    print("outer caught", isinstance(e, BankError), e.args)
transfer(accounts["ann"], accounts["bob"], 10000)
