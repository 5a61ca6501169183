class Log:
    def add(self, msg, sink=[]):
        sink.append(msg)
        return len(sink)
a = Log()
b = Log()
print(a.add("x"), b.add("y"), a.add("z", ["q"]))
