# expect: 3:10: error: sys.exit() of a tuple[int, str] is not supported yet (an int, str, float, None, list, dict, set or object is; a tuple would be SystemExit's arguments)
import sys
sys.exit((3, "a"))
