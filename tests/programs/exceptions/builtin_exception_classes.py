# raising and catching builtin exception classes by their bases: SyntaxError, NotImplementedError, OSError subclasses...
for cls_i in range(5):
    try:
        if cls_i == 0:
            raise SyntaxError("bad syntax")
        if cls_i == 1:
            raise NotImplementedError
        if cls_i == 3:
            raise FileNotFoundError("nofile")
        if cls_i == 4:
            raise OverflowError("big")
        raise StopIteration
    except (SyntaxError, NotImplementedError) as e:
        print("A", type(e).__name__, e)
    except ValueError as e:
        print("V", type(e).__name__, e)
    except OSError as e:
        print("O", type(e).__name__, e)
    except Exception as e:
        print("E", type(e).__name__, repr(e))
