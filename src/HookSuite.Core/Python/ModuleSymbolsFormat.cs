using System.Text;

namespace HookSuite.Core.Python;

/// <summary>
/// The binary form of one parsed module, for <see cref="ParseCache"/>: a table of the module's distinct strings, then
/// everything the analysis reads (names, imports, definitions, classes, checkable attribute reads, module bindings,
/// the syntax error) with strings as table indexes. Each entry stands alone, so a cache file can copy it unchanged.
/// </summary>
internal static class ModuleSymbolsFormat
{
    private const byte UnknownBinding = 0, ReboundBinding = 1, ValueBinding = 2;

    public static byte[] Write(ModuleSymbols module)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        using var bodyStream = new MemoryStream();
        using (var body = new BinaryWriter(bodyStream, Encoding.UTF8, leaveOpen: true))
        {
            void S(string? value)
            {
                if (value is null)
                {
                    body.Write7BitEncodedInt(0);
                    return;
                }
                if (!strings.TryGetValue(value, out var index))
                {
                    strings[value] = index = order.Count;
                    order.Add(value);
                }
                body.Write7BitEncodedInt(index + 1);
            }
            void Strings(IReadOnlyCollection<string> values)
            {
                body.Write7BitEncodedInt(values.Count);
                foreach (var value in values)
                {
                    S(value);
                }
            }
            void Int(int value) => body.Write7BitEncodedInt(value);

            if (module.SyntaxError is { } error)
            {
                body.Write(true);
                S(error.Message);
                Int(error.Line);
                Int(error.Column);
                // A module that does not parse carries nothing else.
            }
            else
            {
                body.Write(false);
                Strings(module.Names);
                Int(module.Imports.Count);
                foreach (var import in module.Imports)
                {
                    Int(import.Line);
                    Int(import.Column);
                    body.Write((byte)((import.IsFrom ? 1 : 0) | (import.Guarded ? 2 : 0) | (import.TypeCheckingOnly ? 4 : 0) | (import.InFunction ? 8 : 0)));
                    S(import.Module);
                    Int(import.Level);
                    Int(import.Names.Count);
                    foreach (var name in import.Names)
                    {
                        S(name.Name);
                        S(name.AsName);
                    }
                }
                Int(module.Definitions.Count);
                foreach (var definition in module.Definitions)
                {
                    S(definition.Kind);
                    S(definition.Name);
                    Int(definition.Line);
                }

                var classes = ClassTable(module);
                var ids = new Dictionary<ClassInfo, int>(ReferenceEqualityComparer.Instance);
                for (var i = 0; i < classes.Count; i++)
                {
                    ids[classes[i]] = i;
                }
                Int(classes.Count);
                foreach (var cls in classes)
                {
                    S(cls.Name);
                    Int(cls.Line);
                    Int(cls.Column);
                    body.Write(cls.Dynamic);
                    Strings(cls.Bases);
                    Strings(cls.Members);
                    Int(cls.Methods.Count);
                    foreach (var (name, line) in cls.Methods)
                    {
                        S(name);
                        Int(line);
                    }
                    Strings(cls.Constructors);
                    Int(cls.Nested.Count);
                    foreach (var (name, nested) in cls.Nested)
                    {
                        S(name);
                        Int(ids[nested]);
                    }
                }
                Int(module.Classes.Count);
                foreach (var (name, cls) in module.Classes)
                {
                    S(name);
                    Int(ids[cls]);
                }

                Int(module.AttributeUses.Count);
                foreach (var use in module.AttributeUses)
                {
                    Int(use.Chain.Length);
                    for (var k = 0; k < use.Chain.Length; k++)
                    {
                        S(use.Chain[k]);
                        Int(use.Positions[k].Line);
                        Int(use.Positions[k].Column);
                    }
                    Int(use.SelfClass is null ? 0 : ids[use.SelfClass] + 1);
                    body.Write(use.Binding is not null);
                    if (use.Binding is { } binding)
                    {
                        S(binding.CallOf);
                        S(binding.Annotation);
                    }
                }

                var bindings = module.ModuleScope.AllBindings;
                Int(bindings.Count);
                foreach (var (name, binding) in bindings)
                {
                    S(name);
                    if (ReferenceEquals(binding, Binding.Rebound))
                    {
                        body.Write(ReboundBinding);
                    }
                    else if (binding.CallOf is null && binding.Annotation is null)
                    {
                        body.Write(UnknownBinding);
                    }
                    else
                    {
                        body.Write(ValueBinding);
                        S(binding.CallOf);
                        S(binding.Annotation);
                    }
                }

                body.Write(module.All is not null);
                if (module.All is { } all)
                {
                    Strings(all);
                }
                body.Write((byte)((module.Open ? 1 : 0) | (module.SetsComputedAttributes ? 2 : 0)));
                Strings(module.ProbedAttributes);
                Strings(module.AssignedAttributes);
                Strings(module.NamesPassedAsArguments);
            }
        }

        using var output = new MemoryStream((int)bodyStream.Length + order.Count * 12 + 8);
        using (var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(order.Count);
            foreach (var value in order)
            {
                writer.Write(value);
            }
            bodyStream.Position = 0;
            bodyStream.CopyTo(output);
        }
        return output.ToArray();
    }

    /// <summary>Every class the module's symbols reach: top-level ones, their nested classes, and the owners of kept <c>self</c> reads.</summary>
    private static List<ClassInfo> ClassTable(ModuleSymbols module)
    {
        var seen = new HashSet<ClassInfo>(ReferenceEqualityComparer.Instance);
        var table = new List<ClassInfo>();
        void Visit(ClassInfo cls)
        {
            if (!seen.Add(cls))
            {
                return;
            }
            table.Add(cls);
            foreach (var nested in cls.Nested.Values)
            {
                Visit(nested);
            }
        }
        foreach (var cls in module.Classes.Values)
        {
            Visit(cls);
        }
        foreach (var use in module.AttributeUses)
        {
            if (use.SelfClass is { } owner)
            {
                Visit(owner);
            }
        }
        return table;
    }

    /// <summary>Reads one entry; <paramref name="intern"/> makes the modules of one process share their strings.</summary>
    public static ModuleSymbols Read(byte[] data, int offset, int length, Func<string, string> intern)
    {
        using var stream = new MemoryStream(data, offset, length, writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var table = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = intern(reader.ReadString());
        }
        int Int() => reader.Read7BitEncodedInt();
        string? S() => Int() is var index and > 0 ? table[index - 1] : null;
        string Required() => S() ?? throw new InvalidDataException("a required string is missing");
        void Into(ICollection<string> target)
        {
            var count = Int();
            if (target is HashSet<string> set)
            {
                set.EnsureCapacity(count);
            }
            for (var n = count; n > 0; n--)
            {
                target.Add(Required());
            }
        }

        var module = new ModuleSymbols();
        if (reader.ReadBoolean())
        {
            module.SyntaxError = new PythonSyntaxException(Required(), Int(), Int());
            return module;
        }
        Into(module.Names);
        for (var n = Int(); n > 0; n--)
        {
            var line = Int();
            var column = Int();
            var flags = reader.ReadByte();
            var name = Required();
            var level = Int();
            var names = new ImportedName[Int()];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = new ImportedName(Required(), S());
            }
            module.Imports.Add(new ImportInfo(line, column, (flags & 1) != 0, name, level, names, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0));
        }
        for (var n = Int(); n > 0; n--)
        {
            module.Definitions.Add(new Definition(Required(), Required(), Int()));
        }

        var classes = new ClassInfo[Int()];
        var nestedIds = new List<(ClassInfo Outer, string Name, int Id)>();
        for (var i = 0; i < classes.Length; i++)
        {
            var cls = classes[i] = new ClassInfo(Required(), Int(), Int()) { Dynamic = reader.ReadBoolean() };
            Into(cls.Bases);
            Into(cls.Members);
            for (var m = Int(); m > 0; m--)
            {
                cls.Methods[Required()] = Int();
            }
            Into(cls.Constructors);
            for (var m = Int(); m > 0; m--)
            {
                nestedIds.Add((cls, Required(), Int()));
            }
        }
        foreach (var (outer, name, id) in nestedIds)
        {
            outer.Nested[name] = classes[id];
        }
        for (var n = Int(); n > 0; n--)
        {
            module.Classes[Required()] = classes[Int()];
        }

        for (var n = Int(); n > 0; n--)
        {
            var links = Int();
            var chain = new string[links];
            var positions = new (int, int)[links];
            for (var k = 0; k < links; k++)
            {
                chain[k] = Required();
                positions[k] = (Int(), Int());
            }
            var owner = Int() is var id and > 0 ? classes[id - 1] : null;
            var binding = reader.ReadBoolean() ? new Binding(S(), S()) : null;
            module.AttributeUses.Add(new AttributeUse(chain, positions, owner, binding));
        }

        for (var n = Int(); n > 0; n--)
        {
            var name = Required();
            module.ModuleScope.Restore(name, reader.ReadByte() switch
            {
                ReboundBinding => Binding.Rebound,
                UnknownBinding => Binding.Unknown,
                _ => new Binding(S(), S()),
            });
        }

        if (reader.ReadBoolean())
        {
            module.All = [];
            Into(module.All);
        }
        var moduleFlags = reader.ReadByte();
        module.Open = (moduleFlags & 1) != 0;
        module.SetsComputedAttributes = (moduleFlags & 2) != 0;
        Into(module.ProbedAttributes);
        Into(module.AssignedAttributes);
        Into(module.NamesPassedAsArguments);
        return module;
    }
}
