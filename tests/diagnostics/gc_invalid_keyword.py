# expect: 3:12: error: 'gen' is an invalid keyword argument for collect()
import gc
gc.collect(gen=1)
