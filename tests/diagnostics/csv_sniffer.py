# expect: 5:11: error: csv.Sniffer is not supported yet
import csv
import sys

dialect = csv.Sniffer().sniff(sys.stdin.read(1024))
