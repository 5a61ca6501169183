# expect: 2:1: error: the standard module 'tkinter' is not supported yet (`pyzc modules` lists the modules pyzc provides)
import tkinter

print(tkinter.TkVersion)
