# a finally that raises while an exception is pending, handlers inside handlers, and a bare raise
def cleanup():
    raise OSError("cleanup failed")


def work():
    try:
        raise ValueError("work failed")
    finally:
        cleanup()


def nested():
    try:
        work()
    except OSError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise


try:
    nested()
except OSError as e:
    print("first:", e)
try:
    raise IndexError("one")
except IndexError:
    try:
        raise TypeError("two")
    except TypeError:
        nested()
