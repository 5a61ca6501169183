# expect: 12:14: error: deposit() is given an int for its parameter 'amount', annotated float; pyzc does not convert implicitly: pass a float (e.g. 1.0)
class Account:
    def __init__(self):
        self.balance = 0.0

    def deposit(self, amount: float) -> None:
        self.balance += amount


acct = Account()
acct.deposit(2.5)
acct.deposit(5)
print(acct.balance)
