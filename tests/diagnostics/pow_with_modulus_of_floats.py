# expect: 2:7: error: pow() with a modulus takes ints only: 'float', 'int', 'int' given
print(pow(3.0, 4, 5))
