# os.environ (a dict read from the environment when the program starts) and os.getenv.
import os

print("PATH" in os.environ, "PYZC_SURELY_UNSET_VAR" in os.environ)
print(os.environ.get("PYZC_SURELY_UNSET_VAR"), os.environ.get("PYZC_SURELY_UNSET_VAR", "dflt"))
print(os.getenv("PYZC_SURELY_UNSET_VAR"), os.getenv("PYZC_SURELY_UNSET_VAR", "fallback"))
print(os.getenv("PATH") == os.environ["PATH"], len(os.environ) > 0)
os.environ["PYZC_SET_HERE"] = "yes"
print(os.environ["PYZC_SET_HERE"], os.getenv("PYZC_SET_HERE"))
names = sorted(k for k in os.environ if k == "PATH" or k == "PYZC_SET_HERE")
print(names)
value = os.getenv("HOME")
if value is not None:
    print(value == os.environ["HOME"])
try:
    print(os.environ["PYZC_SURELY_UNSET_VAR"])
except KeyError as e:
    print("KeyError", e)
