# issubclass() of classes named in the program and builtin types, each answered as CPython answers
# it: a class and its ancestors, a tuple of classes, `object`, exception classes of the program
# through their builtin base, builtin types among themselves.  pyzc refused the builtin.


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


class Rock:
    pass


class AppError(KeyError):
    pass


class DbError(AppError):
    pass


print(issubclass(Puppy, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy), issubclass(Rock, Animal))
print(issubclass(Dog, Dog), issubclass(Rock, object), issubclass(Rock, (Dog, Rock)), issubclass(Animal, (Dog, Puppy)))
print(issubclass(DbError, AppError), issubclass(DbError, LookupError), issubclass(AppError, Exception),
      issubclass(DbError, ValueError), issubclass(AppError, BaseException), issubclass(Dog, Exception))
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, LookupError), issubclass(str, (int, str)),
      issubclass(ZeroDivisionError, ArithmeticError), issubclass(dict, object))
kinds = [name for name, ok in [("dog", issubclass(Dog, Animal)), ("rock", issubclass(Rock, Animal))] if ok]
print(kinds)
if issubclass(Puppy, Animal) and not issubclass(Animal, Puppy):
    print("hierarchy ok")
