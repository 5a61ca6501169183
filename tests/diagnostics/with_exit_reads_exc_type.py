# expect: 7:15: error: 'exc_type' of __exit__ is supported only in tests for None for now (pyzc passes no exception type or traceback objects)
class M:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(exc_type)
        return False


with M():
    pass
