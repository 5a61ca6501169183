# User-defined exception classes with their own __init__ and fields.
class AppError(Exception):
    pass


class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(field + ": " + message)
        self.field = field
        self.message = message


class InsufficientFunds(AppError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed - available} more")
        self.needed = needed
        self.available = available


def validate(user, age):
    if len(user) < 3:
        raise ValidationError("user", "too short")
    if not user.isalnum():
        raise ValidationError("user", "must be alphanumeric")
    if age < 0 or age > 150:
        raise ValidationError("age", "out of range: " + str(age))
    return user.lower()


for user, age in [("Bob123", 30), ("al", 20), ("eve!", 40), ("carol", 200), ("dan", 44)]:
    try:
        print("valid:", validate(user, age))
    except ValidationError as verr:
        print("invalid", verr.field, "-", verr.message, "| str:", verr)

try:
    validate("x", 1)
except ValueError as err:
    print("caught via base class:", err, err.args)

balance = 100


def withdraw(amount):
    global balance
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    balance -= amount
    return balance


for amount in [30, 50, 40, 20, 5]:
    try:
        print("withdrew", amount, "balance", withdraw(amount))
    except InsufficientFunds as fe:
        print("refused", amount, ":", fe, "(needed", fe.needed, "available", fe.available, ")")

try:
    withdraw(1000)
except AppError as ae:
    print("AppError:", ae, isinstance(ae, InsufficientFunds), isinstance(ae, Exception))

try:
    raise AppError("plain app error")
except AppError as ae:
    print("AppError:", ae, ae.args)
