using Tomlyn.Syntax;

namespace HookSuite.Core.Config;

/// <summary>
/// Flattens a Tomlyn syntax tree into leaf entries with full key paths, so the binder can report an
/// unknown key or a wrong type at its exact line and column. Inline tables and arrays of inline tables
/// are expanded like their long forms.
/// </summary>
public static class TomlFlattener
{
    public static List<TomlEntry> Flatten(DocumentSyntax document)
    {
        var entries = new List<TomlEntry>();
        AddKeyValues(entries, "", document.KeyValues);
        var arrayCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in document.Tables)
        {
            var name = string.Join('.', KeyParts(table.Name));
            if (table is TableArraySyntax)
            {
                var index = arrayCounts.GetValueOrDefault(name);
                arrayCounts[name] = index + 1;
                name = $"{name}[{index}]";
            }
            AddKeyValues(entries, name + ".", table.Items);
        }
        return entries;
    }

    private static void AddKeyValues(List<TomlEntry> entries, string prefix, IEnumerable<KeyValueSyntax> keyValues)
    {
        foreach (var keyValue in keyValues)
        {
            if (keyValue.Key is null || keyValue.Value is null)
            {
                continue;
            }
            Add(entries, prefix + string.Join('.', KeyParts(keyValue.Key)), keyValue.Value, keyValue);
        }
    }

    private static void Add(List<TomlEntry> entries, string path, ValueSyntax value, SyntaxNode at)
    {
        switch (value)
        {
            case InlineTableSyntax inline:
                AddKeyValues(entries, path + ".", inline.Items.Select(i => i.KeyValue).OfType<KeyValueSyntax>());
                break;
            case ArraySyntax array when array.Items.Any() && array.Items.All(i => i.Value is InlineTableSyntax):
                var index = 0;
                foreach (var item in array.Items)
                {
                    Add(entries, $"{path}[{index++}]", item.Value!, item);
                }
                break;
            default:
                entries.Add(new TomlEntry(path, value, at.Span.Start.Line + 1, at.Span.Start.Column + 1));
                break;
        }
    }

    public static IEnumerable<string> KeyParts(KeySyntax? key)
    {
        if (key is null)
        {
            yield break;
        }
        yield return Part(key.Key);
        foreach (var dotted in key.DotKeys)
        {
            yield return Part(dotted.Key);
        }
    }

    private static string Part(BareKeyOrStringValueSyntax? part) => part switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax text => text.Value ?? "",
        _ => "",
    };
}
