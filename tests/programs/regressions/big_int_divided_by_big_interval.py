# value_ranges took its "no bound" markers (+-2**128) for numbers: an int with no known bound divided
# by a divisor below -1.5e44 came out in [-1, 1], so `int(str(x)) == x` compared the words in C and
# printed False for big x (fuzz seed 1023785).  So did `x % m` for m with no upper bound, then shifted
# right, and a right shift of an int with no bound.
for ba in [2, -1201187013527705942423276090365503038142698114774260]:
    for bb in [165533411489495565334897972988793731183058333324124397427556466, 345742410224477024869050911961750756053]:
        x = ba * bb // (ba - 152042887150702395315827391575263412717554466)
        print(x, int(str(x)) == x, x == ba * bb // (ba - 152042887150702395315827391575263412717554466))
        y = ba * bb
        m = bb if bb > 2**200 else 2**300 + bb
        print((y % m) >> 70, y >> 130, (y >> 63) == y // 2**63, (-y % (-m)) // 2**200)
