# getopt.getopt: short and long options, values, prefixes, "--", and every GetoptError
import getopt
from getopt import GetoptError


def parse(argv, short, longs):
    try:
        opts, args = getopt.getopt(argv, short, longs)
        print(opts, args)
    except getopt.GetoptError as e:
        print("GetoptError:", e, "|", e.msg, "|", e.opt, "|", e.args)


parse(["-a", "-b", "x", "rest", "-c"], "ab:c", [])
parse(["-abvalue", "file"], "ab:", [])
parse(["-ab", "value", "file"], "ab:", [])
parse(["--verbose", "--out=f.txt", "--level", "3", "a", "b"], "v", ["verbose", "out=", "level="])
parse(["--verb", "--ou", "x"], "", ["verbose", "out="])
parse(["--", "-a", "b"], "a", [])
parse(["-", "-a"], "a", [])
parse([], "a", [])
parse(["-t", "-h", "-d", "-p"], "thdp", [])
parse(["-x"], "ab", [])
parse(["-b"], "ab:", [])
parse(["--nope"], "", ["verbose"])
parse(["--ver"], "", ["verbose", "version"])
parse(["--out"], "", ["out="])
parse(["--verbose=1"], "", ["verbose"])
parse(["--version"], "", ["verbose", "version"])
parse(["-:"], "a:", [])
parse(["--out="], "", ["out="])
opts, args = getopt.getopt(["-q", "--", "--q"], "q")
for o, a in opts:
    if o == "-q":
        print("quiet", repr(a))
print(args)
try:
    getopt.getopt(["-z"], "")
except GetoptError as err:
    print(str(err), repr(err.opt))
try:
    getopt.getopt(["-z"], "")
except Exception as err:
    print(isinstance(err, GetoptError), err)
getopt.getopt(["--bad"], "ab", ["good"])
