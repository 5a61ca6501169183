# A plugin hierarchy where one subclass forgets to override; the NotImplementedError escapes.
class Plugin:
    def __init__(self, name):
        self.name = name
        self.calls = 0

    def transform(self, text):
        raise NotImplementedError(self.name + " does not implement transform")

    def apply(self, text):
        self.calls += 1
        out = self.transform(text)
        print(f"  {self.name}: {text} -> {out}")
        return out


class Upper(Plugin):
    def transform(self, text):
        return text.upper()


class Reverse(Plugin):
    def transform(self, text):
        return text[::-1]


class Strip(Plugin):
    def transform(self, text):
        return text.strip(" .!")


class Censor(Plugin):
    def __init__(self, name, word):
        super().__init__(name)
        self.word = word


def run_pipeline(plugins, text):
    for plugin in plugins:
        text = plugin.apply(text)
    return text


safe = [Strip("strip"), Upper("upper"), Reverse("reverse")]
for msg in ["  hello world!  ", "python...", "abc"]:
    print("result:", run_pipeline(safe, msg))
for p in safe:
    print(p.name, "called", p.calls, "times")
risky = [Strip("strip"), Censor("censor", "darn"), Upper("upper")]
print("running risky pipeline")
print(run_pipeline(risky, " oh darn. "))
