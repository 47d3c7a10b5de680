using Tomlyn.Syntax;

namespace HookSuite.Core.Config;

/// <summary>One leaf value of a TOML document with its full key path (e.g. <c>validators[0].name</c>) and position.</summary>
public sealed record TomlEntry(string Path, ValueSyntax Value, int Line, int Column);
