# os.path through every import form: import os.path, import os.path as z, from os.path import f, from os import path.
import os.path
import os.path as osp
from os.path import join, exists
from os import path
print(os.path.join("a", "b"), osp.basename("/x/y.txt"), join("c", "d"), exists("/nonexistent"), path.dirname("/x/y"))
