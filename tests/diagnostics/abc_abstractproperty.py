# expect: 6:6: error: decorators other than @staticmethod, @classmethod and @property are not supported yet
import abc


class Base(abc.ABC):
    @abc.abstractproperty
    def size(self):
        pass


print(1)
