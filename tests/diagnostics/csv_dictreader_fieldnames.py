# expect: 5:7: error: the attribute 'fieldnames' of a generator of DictReader() value is not supported yet
import csv

r = csv.DictReader(["a,b", "1,2"])
print(r.fieldnames)
