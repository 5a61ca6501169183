# fuzz seed 10096 (reduced by hand): str.isalpha/isalnum/isdigit/isupper/islower beyond Latin-1
# answer from the whole Unicode database, as CPython does (runtime_c/unicode_db.c).
g = '日本'
print(g.isalpha(), g.isalnum(), g.isdigit())
print('١٢'.isdigit(), 'Ω'.isupper())
