using HookSuite.Core.Config;
using HookSuite.Core.Validation;

namespace HookSuite.Core.Python;

/// <summary>
/// Finds deploy-breaking errors in a snapshot statically: unresolvable imports, names a module does not define,
/// attributes a module or a fully known local class does not have, relative imports that cannot work, syntax
/// errors. With local diagnosis it also says when the missing thing exists only in local code, and reports a
/// method the local version of a class defines even when the class has bases it cannot see.
/// </summary>
/// <param name="isInstalled">Whether a third-party top-level package is installed for the target interpreter; null: unknown.</param>
/// <param name="installedClass">What an installed class (by absolute dotted path) gives its subclasses; null: unknown.</param>
public sealed class PythonAnalysis(
    SourceTree snapshot, PythonConfig config, Func<string, bool?>? isInstalled = null, ILocalDiagnosis? diagnosis = null,
    Func<string, InstalledClass?>? installedClass = null)
{
    public const string ValidatorName = "python";

    // Every module has these without defining them.
    private static readonly string[] ModuleDunders =
        ["__name__", "__doc__", "__file__", "__path__", "__package__", "__spec__", "__loader__", "__builtins__", "__dict__", "__cached__", "__all__"];
    private const int MaxHops = 8;

    private readonly Dictionary<string, ModuleIndex> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ModuleIndex> _fileIndex = new(StringComparer.Ordinal);
    private readonly List<Finding> _findings = [];
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unverified = new(StringComparer.Ordinal);
    private readonly Dictionary<(string File, bool Private), HashSet<string>?> _exports = [];
    private HashSet<string> _assignedAnywhere = new(StringComparer.Ordinal);
    private HashSet<string> _passedAround = new(StringComparer.Ordinal);
    private readonly Dictionary<ClassInfo, (HashSet<string>, bool)> _members = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string File, string Name), Symbol?> _resolved = [];
    private ILookup<string, (string File, ClassInfo Class)>? _subclasses;

    /// <summary>The files analysed by the last run, in the order they were reached.</summary>
    public IReadOnlyList<string> AnalyzedFiles { get; private set; } = [];

    /// <summary>The sys.path roots a file was analysed with.</summary>
    public IReadOnlyList<string> RootsOf(string file) => _fileIndex[file].Roots;

    /// <summary>The absolute module names a file imports (relative imports resolved; unresolvable ones left out).</summary>
    public IEnumerable<string> ImportedNames(string file)
    {
        var index = _fileIndex[file];
        foreach (var import in snapshot.Parse(file)?.Imports ?? [])
        {
            if (AbsoluteName(file, import, index) is not { Length: > 0 } target)
            {
                continue;
            }
            yield return target;
            if (import.IsFrom)
            {
                foreach (var name in import.Names.Where(n => n.Name != "*"))
                {
                    yield return $"{target}.{name.Name}";
                }
            }
        }
    }

    /// <summary>Analyses the entry points and every local module they import; with none, every Python file.</summary>
    /// <param name="moduleEntries">Entries run with <c>python -m</c>: the working directory comes first on sys.path and relative imports work.</param>
    public List<Finding> Run(IReadOnlyList<string> entries, IReadOnlySet<string>? moduleEntries = null)
    {
        var queue = new Queue<string>();
        var scripts = new HashSet<string>(StringComparer.Ordinal);
        if (entries.Count == 0)
        {
            foreach (var file in snapshot.Files.Order(StringComparer.Ordinal))
            {
                Enqueue(queue, file, IndexFor(null));
            }
        }
        foreach (var entry in entries)
        {
            if (!entry.EndsWith(".py", StringComparison.Ordinal))
            {
                continue;
            }
            if (!snapshot.HasFile(entry))
            {
                var where = diagnosis?.Diagnose(new MissingModule(entry, [""]));
                Report("missing-module", entry, 1, 1, $"entry point {entry} does not exist in {snapshot.Label}", where);
                continue;
            }
            if (moduleEntries?.Contains(entry) == true)
            {
                Enqueue(queue, entry, IndexFor(""));
                continue;
            }
            scripts.Add(entry);
            var directory = entry.Contains('/', StringComparison.Ordinal) ? entry[..entry.LastIndexOf('/')] : "";
            Enqueue(queue, entry, IndexFor(directory));
        }

        if (entries.Count == 0)
        {
            // Every file will be read: parse them on all cores first.
            snapshot.ParseAll(snapshot.Files);
        }
        var order = new List<string>();
        while (queue.Count > 0)
        {
            var file = queue.Dequeue();
            order.Add(file);
            var symbols = snapshot.Parse(file);
            if (symbols?.SyntaxError is not null)
            {
                continue;
            }
            foreach (var import in symbols?.Imports ?? [])
            {
                foreach (var local in LocalFilesOf(file, import))
                {
                    Enqueue(queue, local, _fileIndex[file]);
                }
            }
        }

        _assignedAnywhere = order.Select(f => snapshot.Parse(f)).OfType<ModuleSymbols>()
            .SelectMany(s => s.AssignedAttributes).ToHashSet(StringComparer.Ordinal);
        _passedAround = order.Select(f => snapshot.Parse(f)).OfType<ModuleSymbols>()
            .SelectMany(s => s.NamesPassedAsArguments).ToHashSet(StringComparer.Ordinal);
        foreach (var file in order)
        {
            CheckFile(file, scripts.Contains(file));
        }
        AnalyzedFiles = order;
        return _findings;
    }

    private void Enqueue(Queue<string> queue, string file, ModuleIndex index)
    {
        if (_fileIndex.TryAdd(file, index))
        {
            queue.Enqueue(file);
        }
    }

    /// <summary>sys.path for a script in <paramref name="scriptDirectory"/> (null: no script): its dir, source roots, src/, the root.</summary>
    private ModuleIndex IndexFor(string? scriptDirectory)
    {
        var key = scriptDirectory ?? "\0";
        if (_indexes.TryGetValue(key, out var index))
        {
            return index;
        }
        var roots = new List<string>();
        if (scriptDirectory is not null)
        {
            roots.Add(scriptDirectory.Length == 0 ? "" : scriptDirectory + "/");
        }
        roots.AddRange(config.SourceRoots.Select(r => r.Trim('/') is { Length: > 0 } trimmed && trimmed != "." ? trimmed + "/" : ""));
        if (snapshot.Directories.Contains("src"))
        {
            roots.Add("src/");
        }
        roots.Add("");
        return _indexes[key] = new ModuleIndex(snapshot, roots.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>The local files an import executes: every package __init__ on the way and the module itself.</summary>
    private IEnumerable<string> LocalFilesOf(string file, ImportInfo import)
    {
        var index = _fileIndex[file];
        var target = AbsoluteName(file, import, index);
        if (target is null)
        {
            yield break;
        }
        var names = new List<string> { target };
        if (import.IsFrom)
        {
            names.AddRange(import.Names.Where(n => n.Name != "*").Select(n => target.Length == 0 ? n.Name : $"{target}.{n.Name}"));
        }
        foreach (var name in names.Where(n => n.Length > 0))
        {
            var parts = name.Split('.');
            for (var i = 1; i <= parts.Length; i++)
            {
                if (index.Resolve(string.Join('.', parts[..i]))?.File is { } local)
                {
                    yield return local;
                }
            }
        }
    }

    /// <summary>The absolute module name an import refers to; null for a relative import that cannot resolve.</summary>
    private static string? AbsoluteName(string file, ImportInfo import, ModuleIndex index)
    {
        if (import.Level == 0)
        {
            return import.Module;
        }
        var package = PackageOf(file, index);
        if (package is null)
        {
            return null;
        }
        var parts = package.Length == 0 ? [] : package.Split('.');
        if (import.Level - 1 > parts.Length - 1 || parts.Length == 0)
        {
            return null;
        }
        var baseName = string.Join('.', parts[..(parts.Length - (import.Level - 1))]);
        return import.Module.Length == 0 ? baseName : $"{baseName}.{import.Module}";
    }

    private static string? PackageOf(string file, ModuleIndex index)
    {
        var module = index.ModuleNameOf(file);
        if (module is null)
        {
            return null;
        }
        if (file.EndsWith("/__init__.py", StringComparison.Ordinal))
        {
            return module;
        }
        var dot = module.LastIndexOf('.');
        return dot < 0 ? "" : module[..dot];
    }

    private void CheckFile(string file, bool isScript)
    {
        var symbols = snapshot.Parse(file);
        if (symbols is null)
        {
            return;
        }
        if (symbols.SyntaxError is { } error)
        {
            Report("syntax-error", file, error.Line, error.Column, error.Message, null);
            return;
        }
        var index = _fileIndex[file];
        foreach (var import in symbols.Imports.Where(i => !i.TypeCheckingOnly))
        {
            CheckImport(file, import, index, isScript);
        }
        foreach (var use in symbols.AttributeUses)
        {
            CheckAttributeUse(file, symbols, use, index);
        }
    }

    private void CheckImport(string file, ImportInfo import, ModuleIndex index, bool isScript)
    {
        if (import.Level > 0)
        {
            if (isScript)
            {
                if (!import.Guarded)
                {
                    Report("relative-import", file, import.Line, import.Column,
                        $"attempted relative import with no known parent package ({file} is run as a script, not imported from a package)",
                        null, hint: "use an absolute import, or run it as a module with python -m");
                }
                return;
            }
            if (AbsoluteName(file, import, index) is null)
            {
                if (!import.Guarded)
                {
                    Report("relative-import", file, import.Line, import.Column, "attempted relative import beyond top-level package", null);
                }
                return;
            }
        }

        var target = AbsoluteName(file, import, index)!;
        if (import.IsFrom)
        {
            var module = target.Length == 0 ? null : ResolveModule(file, import, target, index);
            if (module is null)
            {
                return;
            }
            foreach (var name in import.Names.Where(n => n.Name != "*"))
            {
                if (!ModuleHas(module, name.Name, index) && !import.Guarded)
                {
                    var where = module.File is { } defining ? diagnosis?.Diagnose(new MissingName(defining, name.Name)) : null;
                    Report("missing-name", file, import.Line, import.Column,
                        $"cannot import name '{name.Name}' from '{module.Name}' ({module.File ?? "namespace package"}) in {snapshot.Label}", where);
                }
            }
            return;
        }
        ResolveModule(file, import, target, index);
    }

    /// <summary>Resolves an imported module, reporting it when it is missing; null when it is not a local module.</summary>
    private ModuleLocation? ResolveModule(string file, ImportInfo import, string target, ModuleIndex index)
    {
        var parts = target.Split('.');
        var top = parts[0];
        if (index.Resolve(top) is null)
        {
            // __main__ is the running script itself: always importable, never a package to install.
            if (import.Level == 0 && (StdlibModules.Contains(top) || top == "__main__"))
            {
                return null;
            }
            var local = diagnosis?.Diagnose(new MissingModule(target, index.Roots));
            if (local is not null)
            {
                Report("missing-module", file, import.Line, import.Column, $"No module named '{target}' in {snapshot.Label}", local);
                return null;
            }
            if (import.Level > 0)
            {
                return null;
            }
            switch (isInstalled?.Invoke(top))
            {
                case false when !import.Guarded:
                    Report("missing-module", file, import.Line, import.Column,
                        $"No module named '{top}': it is neither in {snapshot.Label} nor installed for {config.Interpreter}", null,
                        hint: $"add '{top}' to the box's requirements, or install it there");
                    break;
                case null when _unverified.Add(top):
                    Report("unverified-module", file, import.Line, import.Column,
                        $"third-party package '{top}' is not verified (set [python] interpreter to check it is installed)", null,
                        severity: Severity.Info);
                    break;
            }
            return null;
        }
        for (var i = 2; i <= parts.Length; i++)
        {
            var name = string.Join('.', parts[..i]);
            if (index.Resolve(name) is null)
            {
                var parent = index.Resolve(string.Join('.', parts[..(i - 1)]))!;
                if (!parent.IsPackage && parent.File is { } plain && snapshot.Parse(plain) is { Open: true })
                {
                    // A plain module that edits sys.modules can register submodules (os registers os.path).
                    return null;
                }
                if (!import.Guarded)
                {
                    var local = diagnosis?.Diagnose(new MissingModule(name, index.Roots));
                    Report("missing-module", file, import.Line, import.Column,
                        $"No module named '{name}' in {snapshot.Label} ('{parent.Name}' has no module '{parts[i - 1]}')", local);
                }
                return null;
            }
        }
        return index.Resolve(target);
    }

    private bool ModuleHas(ModuleLocation module, string name, ModuleIndex index)
    {
        if (index.Resolve($"{module.Name}.{name}") is not null)
        {
            return true;
        }
        if (module.File is null)
        {
            return false;
        }
        return Exports(module.File, index, 0, includePrivate: true) is not { } names || names.Contains(name);
    }

    /// <summary>The names a module file binds (and gets from local star imports); null when they cannot be known.</summary>
    private HashSet<string>? Exports(string file, ModuleIndex index, int hops, bool includePrivate)
    {
        if (_exports.TryGetValue((file, includePrivate), out var known))
        {
            return known;
        }
        var computed = ComputeExports(file, index, hops, includePrivate);
        if (hops == 0)
        {
            _exports[(file, includePrivate)] = computed;
        }
        return computed;
    }

    private HashSet<string>? ComputeExports(string file, ModuleIndex index, int hops, bool includePrivate)
    {
        var symbols = snapshot.Parse(file);
        if (symbols is null || symbols.SyntaxError is not null || symbols.Open || hops > MaxHops)
        {
            return null;
        }
        if (!includePrivate && symbols.All is { } all)
        {
            return all.ToHashSet(StringComparer.Ordinal);
        }
        var names = new HashSet<string>(symbols.Names.Where(n => includePrivate || !n.StartsWith('_')), StringComparer.Ordinal);
        if (includePrivate)
        {
            names.UnionWith(ModuleDunders);
        }
        foreach (var star in symbols.Imports.Where(i => i.IsStar))
        {
            var target = AbsoluteName(file, star, index);
            var module = target is null ? null : index.Resolve(target);
            if (module?.File is null)
            {
                return null;
            }
            var starred = Exports(module.File, index, hops + 1, includePrivate: false);
            if (starred is null)
            {
                return null;
            }
            names.UnionWith(starred);
        }
        return names;
    }

    private void CheckAttributeUse(string file, ModuleSymbols symbols, AttributeUse use, ModuleIndex index)
    {
        var attribute = use.Chain[1];
        if (IsDunder(attribute) || symbols.ProbedAttributes.Contains(attribute))
        {
            return;
        }
        var (line, column) = use.Positions[1];

        if (use.SelfClass is { } owner)
        {
            CheckClassAttribute(file, file, owner, attribute, line, column, includeSubclasses: true, index);
            return;
        }
        if (use.Binding is not { } binding)
        {
            return;
        }
        switch (SymbolOfBinding(file, binding, index))
        {
            case ModuleSymbol module:
                CheckModuleChain(file, module.Location, use, 1, index);
                break;
            case ClassSymbol cls when binding.CallOf is not null && binding.CallOf.StartsWith("from:", StringComparison.Ordinal):
                CheckClassAttribute(file, cls.File, cls.Class, attribute, line, column, includeSubclasses: false, index, classObject: true);
                break;
            case ClassSymbol cls:
                CheckClassAttribute(file, cls.File, cls.Class, attribute, line, column, includeSubclasses: false, index);
                break;
        }
    }

    /// <summary>What a binding holds: a module (import), a class (from-import, annotation), an instance (constructor call).</summary>
    private Symbol? SymbolOfBinding(string file, Binding binding, ModuleIndex index)
    {
        if (binding.Annotation is { } annotation)
        {
            return ResolveName(file, annotation, index, 0) as ClassSymbol;
        }
        var value = binding.CallOf;
        if (value is null)
        {
            return null;
        }
        if (value.StartsWith("import:", StringComparison.Ordinal))
        {
            return index.Resolve(value["import:".Length..]) is { } module ? new ModuleSymbol(module) : null;
        }
        if (value.StartsWith("from:", StringComparison.Ordinal))
        {
            return ResolveFromImport(file, value, index, 0);
        }
        // A call: Class(...) makes an instance; Class.constructor(...) too when it returns cls(...).
        if (ResolveName(file, value, index, 0) is ClassSymbol created)
        {
            return created;
        }
        var dot = value.LastIndexOf('.');
        if (dot > 0 && ResolveName(file, value[..dot], index, 0) is ClassSymbol factory && factory.Class.Constructors.Contains(value[(dot + 1)..]))
        {
            return factory;
        }
        return null;
    }

    private Symbol? ResolveFromImport(string file, string value, ModuleIndex index, int hops)
    {
        // from:<dots><module>:<name>
        var separator = value.LastIndexOf(':');
        var source = value["from:".Length..separator];
        var name = value[(separator + 1)..];
        var level = source.TakeWhile(c => c == '.').Count();
        var import = new ImportInfo(0, 0, true, source[level..], level, [], false, false, false);
        var target = AbsoluteName(file, import, index);
        if (target is null || target.Length == 0)
        {
            return null;
        }
        return AttributeOfModule(index.Resolve(target), name, index, hops);
    }

    /// <summary>
    /// What <c>module.name</c> is. As in CPython, a name the module binds wins over a submodule of the same
    /// name (<c>from .registry import BACKBONES as registry</c> shadows the submodule).
    /// </summary>
    private Symbol? AttributeOfModule(ModuleLocation? module, string name, ModuleIndex index, int hops)
    {
        if (module is null)
        {
            return null;
        }
        if (module.File is { } defining && snapshot.Parse(defining) is { } symbols && symbols.Names.Contains(name))
        {
            return ResolveName(defining, name, index, hops + 1);
        }
        return index.Resolve($"{module.Name}.{name}") is { } submodule ? new ModuleSymbol(submodule) : null;
    }

    /// <summary>Resolves a (dotted) name as written in a module to a local module or class, following imports.</summary>
    private Symbol? ResolveName(string file, string dotted, ModuleIndex index, int hops)
    {
        if (hops > MaxHops)
        {
            return null;
        }
        if (_resolved.TryGetValue((file, dotted), out var known))
        {
            return known;
        }
        var resolved = ComputeResolveName(file, dotted, index, hops);
        if (hops == 0)
        {
            _resolved[(file, dotted)] = resolved;
        }
        return resolved;
    }

    private Symbol? ComputeResolveName(string file, string dotted, ModuleIndex index, int hops)
    {
        var symbols = snapshot.Parse(file);
        if (symbols is null)
        {
            return null;
        }
        var parts = dotted.Split('.');
        Symbol? current;
        if (parts.Length == 1 && symbols.Classes.TryGetValue(parts[0], out var local)
            && symbols.ModuleScope.SoleBindingHere(parts[0]) is not null)
        {
            current = new ClassSymbol(file, local);
        }
        else if (symbols.ModuleScope.SoleBindingHere(parts[0]) is { CallOf: { } value })
        {
            current = value.StartsWith("import:", StringComparison.Ordinal)
                ? index.Resolve(value["import:".Length..]) is { } module ? new ModuleSymbol(module) : null
                : value.StartsWith("from:", StringComparison.Ordinal) ? ResolveFromImport(file, value, index, hops) : null;
        }
        else
        {
            return null;
        }
        foreach (var part in parts.Skip(1))
        {
            current = current switch
            {
                ModuleSymbol { Location: var module } => AttributeOfModule(module, part, index, hops),
                ClassSymbol { Class: var cls, File: var defining } when cls.Nested.TryGetValue(part, out var nested) => new ClassSymbol(defining, nested),
                _ => null,
            };
        }
        return current;
    }

    private void CheckModuleChain(string file, ModuleLocation module, AttributeUse use, int at, ModuleIndex index)
    {
        var name = use.Chain[at];
        if (IsDunder(name))
        {
            return;
        }
        var exports = module.File is null ? [] : Exports(module.File, index, 0, includePrivate: true);
        if (exports is null || exports.Contains(name) || _assignedAnywhere.Contains(name))
        {
            // Bound in the module: it exists (and may shadow a submodule); what it is, we do not follow further.
            return;
        }
        if (index.Resolve($"{module.Name}.{name}") is { } submodule)
        {
            if (at + 1 < use.Chain.Length)
            {
                CheckModuleChain(file, submodule, use, at + 1, index);
            }
            return;
        }
        if (module.File is null)
        {
            return;
        }
        var (line, column) = use.Positions[at];
        var where = diagnosis?.Diagnose(new MissingName(module.File, name));
        Report("missing-attribute", file, line, column,
            $"module '{module.Name}' has no attribute '{name}' in {snapshot.Label} ({module.File})", where);
    }

    private void CheckClassAttribute(
        string file, string definingFile, ClassInfo cls, string attribute, int line, int column, bool includeSubclasses,
        ModuleIndex index, bool classObject = false)
    {
        var (members, complete) = Members(definingFile, cls, index, 0);
        if (members.Contains(attribute) || _assignedAnywhere.Contains(attribute) || (classObject && attribute == "mro"))
        {
            return;
        }
        if (includeSubclasses && SubclassesMayProvide(cls.Name, attribute, index, 0))
        {
            return;
        }
        var where = diagnosis?.Diagnose(new MissingAttribute(definingFile, cls.Name, attribute));
        if (!complete && where is null)
        {
            // Bases we cannot see (nn.Module, a metaclass, a decorator) may provide it: no claim without local proof.
            return;
        }
        Report("missing-attribute", file, line, column,
            $"'{cls.Name}' {(classObject ? "class" : "object")} has no attribute '{attribute}' in {snapshot.Label} ({definingFile}:{cls.Line} defines {cls.Name})",
            where);
    }

    /// <summary>
    /// The members of a class and its bases; complete only when every base is local, or installed and described by the
    /// interpreter, and nothing is dynamic.
    /// </summary>
    private (HashSet<string> Members, bool Complete) Members(string file, ClassInfo cls, ModuleIndex index, int hops)
    {
        if (_members.TryGetValue(cls, out var known))
        {
            return known;
        }
        // Cached at any depth: a base shared by many classes is merged once (the hop limit only matters for
        // hierarchies deeper than any real one, where an answer from deeper down is the more cautious one).
        var computed = ComputeMembers(file, cls, index, hops);
        _members[cls] = computed;
        return computed;
    }

    private (HashSet<string> Members, bool Complete) ComputeMembers(string file, ClassInfo cls, ModuleIndex index, int hops)
    {
        var members = new HashSet<string>(cls.Members, StringComparer.Ordinal);
        var complete = !cls.Dynamic && hops <= MaxHops && snapshot.Parse(file) is not { SetsComputedAttributes: true };
        foreach (var baseName in cls.Bases)
        {
            if (baseName is "object")
            {
                continue;
            }
            if (baseName != "?" && ResolveName(file, baseName, index, 0) is ClassSymbol parent && hops <= MaxHops)
            {
                var (inherited, parentComplete) = Members(parent.File, parent.Class, index, hops + 1);
                members.UnionWith(inherited);
                complete &= parentComplete;
            }
            else if (baseName != "?" && InstalledPath(file, baseName, index) is { } path && installedClass?.Invoke(path) is { } installed)
            {
                members.UnionWith(installed.Members);
                complete &= !installed.Dynamic;
            }
            else
            {
                complete = false;
            }
        }
        return (members, complete);
    }

    /// <summary>
    /// The absolute path of a base class that comes from outside the snapshot: <c>nn.Module</c> after
    /// <c>from torch import nn</c> is <c>torch.nn.Module</c>; an unbound bare name is a builtin (<c>builtins.Exception</c>).
    /// </summary>
    private string? InstalledPath(string file, string dotted, ModuleIndex index)
    {
        if (snapshot.Parse(file) is not { } symbols)
        {
            return null;
        }
        var dot = dotted.IndexOf('.');
        var head = dot < 0 ? dotted : dotted[..dot];
        var rest = dot < 0 ? "" : dotted[dot..];
        string? path;
        if (symbols.ModuleScope.SoleBindingHere(head) is { CallOf: { } bound })
        {
            path = bound.StartsWith("import:", StringComparison.Ordinal) ? bound["import:".Length..] + rest
                : bound.StartsWith("from:", StringComparison.Ordinal) && bound.Length > 5 && bound[5] != '.' ? bound["from:".Length..].Replace(':', '.') + rest
                : null;
        }
        else
        {
            var unbound = !symbols.Names.Contains(head) && !symbols.Imports.Any(i => i.IsStar);
            path = unbound && dot < 0 ? "builtins." + dotted : null;
        }
        // A top-level package of the snapshot is local code: ResolveName answers for it, or nobody can.
        return path?.IndexOf('.') is > 0 and var cut && index.Resolve(path[..cut]) is null ? path : null;
    }

    /// <summary>
    /// Template-method and mixin code reads attributes that subclasses provide: a local subclass that defines it,
    /// or that has a base we cannot see (a mixin combined with unittest.TestCase), means no claim.
    /// </summary>
    private bool SubclassesMayProvide(string className, string attribute, ModuleIndex index, int hops)
    {
        _subclasses ??= _fileIndex.Keys
            .SelectMany(f => (snapshot.Parse(f)?.Classes.Values.AsEnumerable() ?? []).Select(c => (File: f, Class: c)))
            .SelectMany(p => p.Class.Bases.Select(b => (Base: b[(b.LastIndexOf('.') + 1)..], p.File, p.Class)))
            .ToLookup(p => p.Base, p => (p.File, p.Class), StringComparer.Ordinal);
        if (_passedAround.Contains(className))
        {
            // The class object itself is handed to code (test_both(Cls, util=…), a factory): it may be subclassed there.
            return true;
        }
        return hops <= MaxHops && _subclasses[className].Any(sub =>
            Members(sub.File, sub.Class, index, 0) is var (members, complete) && (members.Contains(attribute) || !complete
                || SubclassesMayProvide(sub.Class.Name, attribute, index, hops + 1)));
    }

    private static bool IsDunder(string name) => name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal);

    private void Report(string rule, string file, int line, int column, string message, (string Where, string Fix)? local,
        string? hint = null, Severity severity = Severity.Error)
    {
        if (!_reported.Add($"{rule}|{file}|{line}|{column}|{message}"))
        {
            return;
        }
        if (local is { } found)
        {
            message = $"{message} — {found.Where}";
            hint = found.Fix;
        }
        _findings.Add(new Finding(ValidatorName, rule, severity, file, line, column, message, hint));
    }
}
