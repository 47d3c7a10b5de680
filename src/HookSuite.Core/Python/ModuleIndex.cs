namespace HookSuite.Core.Python;

/// <summary>A module found on the search path: a plain module, a regular package, or a PEP 420 namespace package.</summary>
public sealed record ModuleLocation(string Name, string? File, IReadOnlyList<string> PackageDirectories)
{
    public bool IsPackage => PackageDirectories.Count > 0;
}

/// <summary>
/// Resolves dotted module names against a source tree the way CPython's path finder does: roots in
/// <c>sys.path</c> order, the first regular module or package wins, namespace portions merge when no regular one exists.
/// </summary>
public sealed class ModuleIndex(SourceTree tree, IReadOnlyList<string> roots)
{
    private readonly Dictionary<string, ModuleLocation?> _cache = new(StringComparer.Ordinal);

    public SourceTree Tree { get; } = tree;

    /// <summary>Roots as path prefixes: "" is the repository root, "src/" a source root.</summary>
    public IReadOnlyList<string> Roots { get; } = roots;

    public ModuleLocation? Resolve(string dotted)
    {
        if (_cache.TryGetValue(dotted, out var cached))
        {
            return cached;
        }
        ModuleLocation? result;
        var dot = dotted.LastIndexOf('.');
        if (dot < 0)
        {
            result = Find(dotted, dotted, Roots);
        }
        else
        {
            var parent = Resolve(dotted[..dot]);
            result = parent is { IsPackage: true }
                ? Find(dotted, dotted[(dot + 1)..], parent.PackageDirectories.Select(d => d.Length == 0 ? "" : d + "/").ToList())
                : null;
        }
        _cache[dotted] = result;
        return result;
    }

    private ModuleLocation? Find(string fullName, string name, IReadOnlyList<string> searchPrefixes)
    {
        var namespaces = new List<string>();
        foreach (var prefix in searchPrefixes)
        {
            var directory = prefix + name;
            if (Tree.HasFile(directory + "/__init__.py"))
            {
                return new ModuleLocation(fullName, directory + "/__init__.py", [directory]);
            }
            if (Tree.HasFile(directory + ".py"))
            {
                return new ModuleLocation(fullName, directory + ".py", []);
            }
            if (Tree.Directories.Contains(directory))
            {
                namespaces.Add(directory);
            }
        }
        return namespaces.Count > 0 ? new ModuleLocation(fullName, null, namespaces) : null;
    }

    /// <summary>The module name a file has under these roots (the first root that reaches it), e.g. "pkg.sub.mod".</summary>
    public string? ModuleNameOf(string file)
    {
        if (_names.TryGetValue(file, out var known))
        {
            return known;
        }
        return _names[file] = ComputeModuleName(file);
    }

    private readonly Dictionary<string, string?> _names = new(StringComparer.Ordinal);

    private string? ComputeModuleName(string file)
    {
        if (!file.EndsWith(".py", StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var root in Roots)
        {
            if (!file.StartsWith(root, StringComparison.Ordinal))
            {
                continue;
            }
            var relative = file[root.Length..^3];
            if (relative.EndsWith("/__init__", StringComparison.Ordinal))
            {
                relative = relative[..^"/__init__".Length];
            }
            var name = relative.Replace('/', '.');
            if (name.Length > 0 && name.Split('.').All(IsIdentifier) && Resolve(name)?.File == file)
            {
                return name;
            }
        }
        return null;
    }

    private static bool IsIdentifier(string part) =>
        part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_');
}
