# expect: 6:6: error: decorators other than @staticmethod, @classmethod, @property and @x.setter are not supported yet
import abc


class Base(abc.ABC):
    @abc.abstractproperty
    def size(self):
        pass


print(1)
