# heapq.nlargest / nsmallest with key= (a lambda, a function, by position or by name).
import heapq
from heapq import nlargest, nsmallest
people = [("alice", 30, 5.5), ("bob", 25, 6.1), ("carol", 30, 5.2), ("dave", 25, 5.9), ("eve", 35, 5.5)]
print(heapq.nlargest(3, people, key=lambda p: p[2]), heapq.nsmallest(2, people, key=lambda p: p[1]))
print(nlargest(2, [5, 1, 9, 3]), nsmallest(3, [5, 1, 9, 3]), nlargest(10, [2, 1]), nsmallest(0, [1]))
def score(p):
    return p[1] * 10 - len(p[0])
print(nlargest(2, people, key=score), nsmallest(1, people, score))
words = ["pear", "fig", "banana", "kiwi"]
print(nlargest(2, words, key=len), nsmallest(2, words, key=len))
