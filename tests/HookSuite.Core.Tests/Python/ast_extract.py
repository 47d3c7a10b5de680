"""Reference extraction for the differential test: what CPython's own ast says a file imports and defines.

Reads file paths on stdin (one per line), prints one JSON object per file:
{"path": ..., "ok": bool, "imports": [[line, is_from, module, level, name, asname], ...], "defs": [[kind, name, line], ...]}
"""
import ast
import json
import sys
import warnings


def target_names(node):
    if isinstance(node, ast.Name):
        yield node.id
    elif isinstance(node, (ast.Tuple, ast.List)):
        for element in node.elts:
            yield from target_names(element)
    elif isinstance(node, ast.Starred):
        yield from target_names(node.value)


def definitions(body, out):
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            out.append(["function", node.name, node.lineno])
            continue
        if isinstance(node, ast.ClassDef):
            out.append(["class", node.name, node.lineno])
            continue
        if isinstance(node, ast.Assign):
            for target in node.targets:
                out.extend(["assign", name, node.lineno] for name in target_names(target))
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            out.append(["assign", node.target.id, node.lineno])
        elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
            out.append(["assign", node.target.id, node.lineno])
        elif type(node).__name__ == "TypeAlias":
            out.append(["assign", node.name.id, node.lineno])
        for field in ("body", "orelse", "finalbody"):
            definitions(getattr(node, field, None) or [], out)
        for handler in getattr(node, "handlers", None) or []:
            definitions(handler.body, out)
        for case in getattr(node, "cases", None) or []:
            definitions(case.body, out)


def imports(tree):
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend([node.lineno, False, a.name, 0, a.name, a.asname] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            out.extend([node.lineno, True, node.module or "", node.level, a.name, a.asname] for a in node.names)
    return out


def main():
    warnings.simplefilter("ignore")
    for line in sys.stdin:
        path = line.rstrip("\n")
        try:
            with open(path, "rb") as handle:
                tree = ast.parse(handle.read(), path)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            print(json.dumps({"path": path, "ok": False}))
            continue
        defs = []
        definitions(tree.body, defs)
        print(json.dumps({"path": path, "ok": True, "imports": imports(tree), "defs": defs}))


main()
