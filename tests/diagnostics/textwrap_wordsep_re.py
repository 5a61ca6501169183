# expect: 5:7: error: textwrap.TextWrapper.wordsep_re is not supported yet
import textwrap

w = textwrap.TextWrapper(width=20)
print(w.wordsep_re)
