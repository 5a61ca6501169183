# expect: 5:7: error: 'textwrap.TextWrapper' object has no attribute 'wordsep_re'
import textwrap

w = textwrap.TextWrapper(width=20)
print(w.wordsep_re)
