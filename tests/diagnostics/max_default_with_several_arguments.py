# expect: 2:7: error: Cannot specify a default for max() with multiple positional arguments
print(max(1, 2, default=0))
