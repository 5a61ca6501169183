# expect: 6:11: error: the attribute 'characters_written' of an exception is not supported yet (its .args, of an OSError .errno, .strerror, .filename, .filename2, and of a SystemExit .code are)
import os
try:
    open("/nonexistent/file")
except OSError as e:
    print(e.characters_written)
