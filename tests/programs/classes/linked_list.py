# A singly linked list with None-terminated nodes, __len__ and __str__.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev = cur
            cur = cur.next
        return False

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def __len__(self):
        return self.size

    def __str__(self):
        if self.head is None:
            return "(empty)"
        return " -> ".join([str(v) for v in self.to_list()])


lst = LinkedList()
print(lst, len(lst))
for v in [5, 8, 13]:
    lst.append(v)
    print("append", v, ":", lst)
lst.append(21)
print(lst, "len", len(lst))
print("remove 8", lst.remove(8), lst)
print("remove 5", lst.remove(5), lst)
lst.reverse()
print("reversed", lst, lst.to_list())
print("sum", sum(lst.to_list()), "len", len(lst), "head", lst.head.value, "next", lst.head.next.value)
while len(lst) > 0:
    lst.remove(lst.head.value)
    print("popped head, now", lst)
