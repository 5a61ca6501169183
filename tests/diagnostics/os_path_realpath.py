# expect: 3:7: error: os.path.realpath() is not supported yet (supported: abspath, altsep, basename, commonprefix, curdir, defpath, devnull, dirname, exists, expanduser, extsep, getatime, getctime, getmtime, getsize, isabs, isdir, isfile, islink, join, lexists, normcase, normpath, pardir, pathsep, relpath, sep, split, splitdrive, splitext)
import os
print(os.path.realpath("."))
