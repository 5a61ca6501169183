# expect: 3:7: error: gc.garbage is not supported yet
import gc
print(gc.garbage)
