# expect: 2:7: error: pow() with a modulus (3 arguments) is not supported yet
print(pow(3, 4, 5))
