# expect: 2:1: error: no module named 'numpy': it is neither a module pyzc provides (`pyzc modules` lists them) nor a .py file next to the program
import numpy
