rows = [{}, {}]
rows[0]["a"] = 1
print(rows)
def tally(recs):
    for rec in recs:
        rec["n"] = rec.get("n", 0) + 1
    return recs
print(tally([{}]))
