# append, pop, insert, index, count, in, len on lists of several element types.
nums = [5, 3, 8]
print(nums, len(nums))
nums.append(1)
nums.append(8)
print(nums)
nums.insert(0, 10)
nums.insert(3, -2)
nums.insert(100, 99)
nums.insert(-1, 42)
print(nums)
print("pop last:", nums.pop())
print("pop first:", nums.pop(0))
print("pop index 2:", nums.pop(2))
print("pop -2:", nums.pop(-2))
print(nums)
print("index of 8:", nums.index(8), "count of 8:", nums.count(8), "count of 7:", nums.count(7))
print(8 in nums, 7 in nums, not (7 in nums))
print(nums[0], nums[-1], nums[-2])
nums[1] = 100
nums[-1] += 5
print(nums)
names = ["bob", "alice"]
names.append("carol")
names.insert(1, "dave")
print(names, names.index("carol"), "alice" in names, "zed" in names)
removed = names.pop(1)
print("removed", removed, names)
prices = []
prices.append(9.99)
prices.append(0.01)
prices.insert(0, 5.5)
print(prices, sum(prices), max(prices), min(prices))
flags = [True, False]
flags.append(True)
print(flags, flags.count(True), flags.index(False))
stack = []
for ch in "(a[b]{c}d)":
    if ch == "(" or ch == "[" or ch == "{":
        stack.append(ch)
        print("push", ch, len(stack))
    elif ch == ")" or ch == "]" or ch == "}":
        print("pop", stack.pop(), "for", ch)
print("stack empty:", len(stack) == 0)
