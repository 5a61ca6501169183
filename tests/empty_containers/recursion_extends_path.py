def walk(tree, node, path, out):
    out.append(path)
    for child in tree.get(node, []):
        walk(tree, child, path + [child], out)
tree = {"r": ["a", "b"], "a": ["c"]}
out = []
walk(tree, "r", [], out)
print(out)
