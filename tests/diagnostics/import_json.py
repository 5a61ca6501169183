# expect: 2:1: error: import of module 'json' is not supported yet (supported: math, os, sys)
import json
