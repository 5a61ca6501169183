# A module-level read of a class attribute that a later statement adds: AttributeError
class C:
    pass


try:
    print(C.late)
except AttributeError as e:
    print("AttributeError:", e)
C.late = 4
print(C.late)
