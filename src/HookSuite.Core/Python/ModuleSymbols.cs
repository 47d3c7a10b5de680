namespace HookSuite.Core.Python;

/// <summary>One name brought in by an import, with its <c>as</c> alias.</summary>
public sealed record ImportedName(string Name, string? AsName)
{
    /// <summary>The name the import binds in the importing scope.</summary>
    public string Bound => AsName ?? Name.Split('.')[0];
}

/// <summary>One <c>import</c> or <c>from … import</c> statement (one per module for <c>import a, b</c>).</summary>
public sealed record ImportInfo(
    int Line, int Column, bool IsFrom, string Module, int Level, IReadOnlyList<ImportedName> Names,
    bool Guarded, bool TypeCheckingOnly, bool InFunction)
{
    public bool IsStar => IsFrom && Names.Count == 1 && Names[0].Name == "*";
}

/// <summary>A module-level definition, as CPython's ast would list it (for the differential test and symbol tables).</summary>
public sealed record Definition(string Kind, string Name, int Line);

/// <summary>What a class defines: methods, class attributes, nested classes, fields, slots and <c>self.x</c> attributes.</summary>
public sealed class ClassInfo(string name, int line, int column)
{
    public string Name { get; } = name;
    public int Line { get; } = line;
    public int Column { get; } = column;

    /// <summary>Base classes as dotted names; "?" for one that is not a plain dotted name.</summary>
    public List<string> Bases { get; } = [];

    public HashSet<string> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>Methods, with the line they are defined on (for the local-drift diagnosis).</summary>
    public Dictionary<string, int> Methods { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ClassInfo> Nested { get; } = new(StringComparer.Ordinal);

    /// <summary>Classmethods that <c>return cls(…)</c>: calling them yields an instance.</summary>
    public HashSet<string> Constructors { get; } = new(StringComparer.Ordinal);

    /// <summary>True when attributes can appear that the source does not show: __getattr__, a metaclass, setattr, an unknown decorator.</summary>
    public bool Dynamic { get; set; }
}

/// <summary>What one variable is bound to in a scope, as far as a structural parse can tell.</summary>
/// <param name="CallOf">The dotted callee when the value is exactly <c>Callee(…)</c>; null for anything else.</param>
public sealed record Binding(string? CallOf, string? Annotation = null)
{
    /// <summary>A binding that says nothing about the value (a loop variable, a plain expression): shared, not allocated.</summary>
    public static Binding Unknown { get; } = new((string?)null);

    /// <summary>Marks a name bound more than once in a scope: what it holds depends on the path taken.</summary>
    internal static Binding Rebound { get; } = new((string?)null);
}

/// <summary>A function (or the module) as a scope: its parameters and local bindings, and <c>self</c> when it is a method.</summary>
public sealed class Scope(Scope? parent, ClassInfo? owner)
{
    private readonly Dictionary<string, Binding> _bindings = new(StringComparer.Ordinal);

    public Scope? Parent { get; } = parent;

    /// <summary>The class whose method this is (null for the module and plain functions).</summary>
    public ClassInfo? Owner { get; } = owner;

    /// <summary>The name of the instance parameter (usually <c>self</c>), or of the class for a classmethod.</summary>
    public string? SelfName { get; set; }

    /// <summary>Names declared <c>global</c> here; null until the first such declaration (most functions have none).</summary>
    private HashSet<string>? _globals;

    public void DeclareGlobal(string name) => (_globals ??= new(StringComparer.Ordinal)).Add(name);

    public bool IsGlobal(string name) => _globals?.Contains(name) ?? false;

    /// <summary>Records a binding; a second one for the same name makes it <see cref="Binding.Rebound"/>.</summary>
    public void Bind(string name, Binding binding)
    {
        if (!_bindings.TryAdd(name, binding))
        {
            _bindings[name] = Binding.Rebound;
        }
    }

    /// <summary>Every binding of this scope, <see cref="Binding.Rebound"/> included (for <see cref="ParseCache"/>).</summary>
    internal IReadOnlyDictionary<string, Binding> AllBindings => _bindings;

    /// <summary>Puts back a binding read from <see cref="ParseCache"/>, exactly as it was.</summary>
    internal void Restore(string name, Binding binding) => _bindings[name] = binding;

    /// <summary>The binding of <paramref name="name"/> in this very scope when it is bound exactly once; null otherwise.</summary>
    public Binding? SoleBindingHere(string name) =>
        _bindings.TryGetValue(name, out var binding) && !ReferenceEquals(binding, Binding.Rebound) ? binding : null;

    /// <summary>The one binding of <paramref name="name"/> in the nearest scope that binds it; null when rebound or unbound.</summary>
    public Binding? SoleBinding(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._bindings.TryGetValue(name, out var binding))
            {
                return ReferenceEquals(binding, Binding.Rebound) ? null : binding;
            }
        }
        return null;
    }
}

/// <summary>
/// One unguarded <c>name.attr[.attr…]</c> read that the analysis can check, resolved when the module's parse ends:
/// on the instance parameter of a method (<paramref name="SelfClass"/>), or on a name whose only binding in the
/// nearest scope says what it holds (<paramref name="Binding"/>: an import, a call, an annotation). Other reads are
/// not kept, so a parsed module holds no scopes.
/// </summary>
public sealed record AttributeUse(string[] Chain, (int Line, int Column)[] Positions, ClassInfo? SelfClass, Binding? Binding);

/// <summary>Everything the analysis needs to know about one module, from one structural parse.</summary>
public sealed class ModuleSymbols
{
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    public List<ImportInfo> Imports { get; } = [];
    public List<Definition> Definitions { get; } = [];
    public Dictionary<string, ClassInfo> Classes { get; } = new(StringComparer.Ordinal);
    public List<AttributeUse> AttributeUses { get; } = [];

    /// <summary>Literal <c>__all__</c> entries (with <c>+=</c>, <c>extend</c>, <c>append</c>); null when none is declared.</summary>
    public List<string>? All { get; set; }

    /// <summary>A module-level __getattr__, or globals()/sys.modules tricks: any name may exist.</summary>
    public bool Open { get; set; }

    /// <summary>Attribute names this module tests with hasattr/getattr: never reported missing here.</summary>
    public HashSet<string> ProbedAttributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Attribute names assigned on any object here (<c>x.name = …</c>): never reported missing.</summary>
    public HashSet<string> AssignedAttributes { get; } = new(StringComparer.Ordinal);

    /// <summary><c>setattr(x, name, …)</c> with a computed name: any class here may gain any attribute.</summary>
    public bool SetsComputedAttributes { get; set; }

    /// <summary>Bare names passed as call arguments (a class handed to a factory may be subclassed dynamically).</summary>
    public HashSet<string> NamesPassedAsArguments { get; } = new(StringComparer.Ordinal);

    public Scope ModuleScope { get; } = new(null, null);

    public PythonSyntaxException? SyntaxError { get; set; }
}
