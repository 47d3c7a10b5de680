"""HookSuite: what instances of installed classes have, for the analysis of subclasses (one batched call per run).

Reads dotted class paths, one per line, on stdin (e.g. torch.nn.Module, threading.Thread, builtins.Exception) and
prints {path: {"members": [...], "dynamic": bool} or null} as JSON. A class's members are dir(), the annotations of
every class in its MRO and the self.X names the Python sources of those classes assign or register. Anything the
imported packages print goes to stderr, so stdout stays JSON. Runs on Python 3.8 and later.
"""
import importlib
import inspect
import json
import os
import re
import sys
import types

# __getattr__ of these serves only what is registered by name (parameters, buffers, submodules), which the analysis
# reads from the subclass's own self.X assignments and register_buffer/register_parameter/add_module calls; their
# own __dict__ handling (pickling, registration) only moves those names around.
REGISTRIES = {"torch.nn.modules.module.Module"}

ASSIGNED = re.compile(r"\bself\.([A-Za-z_]\w*)\s*(?::[^=\n]*)?=(?!=)")
UNPACKED = re.compile(r"\bself\.([A-Za-z_]\w*)\s*,(?=[^\n=]*=(?!=))")
# Instances that get attributes by computed names: anything may exist.
COMPUTED = re.compile(r"\bself\.__dict__\b|\bsetattr\(\s*self\s*,\s*(?![\'\"])|\bvars\(\s*self\s*\)\s*\.\s*update")
REGISTERED = re.compile(r"\b(?:register_buffer|register_parameter|add_module|register_module)\(\s*['\"]([A-Za-z_]\w*)['\"]")
SET = re.compile(r"\bsetattr\(\s*self\s*,\s*['\"]([A-Za-z_]\w*)['\"]")


def resolve(path):
    parts = path.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            value = importlib.import_module(".".join(parts[:cut]))
        except Exception:
            continue
        for part in parts[cut:]:
            value = getattr(value, part)
        return value
    raise LookupError(path)


def annotations(klass):
    try:
        if hasattr(inspect, "get_annotations"):
            return set(inspect.get_annotations(klass))
        return set(vars(klass).get("__annotations__", {}))
    except Exception:
        return set()


def describe(cls):
    members = set(dir(cls))
    dynamic = False
    for klass in cls.__mro__:
        if klass is object:
            continue
        own = vars(klass)
        registry = klass.__module__ + "." + klass.__qualname__ in REGISTRIES
        python_getattribute = isinstance(own.get("__getattribute__"), types.FunctionType)
        if ("__getattr__" in own or python_getattribute) and not registry:
            dynamic = True
        members |= annotations(klass)
        try:
            source = inspect.getsource(klass)
        except TypeError:
            continue  # built in: its instance attributes are descriptors, already in dir()
        except Exception:
            dynamic = True  # a Python class whose source is not shipped: its __init__ may set anything
            continue
        for pattern in (ASSIGNED, UNPACKED, REGISTERED, SET):
            members.update(pattern.findall(source))
        if COMPUTED.search(source) and not registry:
            dynamic = True
    return {"members": sorted(members), "dynamic": dynamic}


def main():
    paths = sys.stdin.read().split()
    answer_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    answer = {}
    for path in paths:
        try:
            value = resolve(path)
            answer[path] = describe(value) if isinstance(value, type) else None
        except BaseException:  # an import that fails, exits or raises anything: the class stays unknown
            answer[path] = None
    with os.fdopen(answer_fd, "w") as out:
        json.dump(answer, out)


main()
