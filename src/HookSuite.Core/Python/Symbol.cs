namespace HookSuite.Core.Python;

/// <summary>What a name refers to, as far as the analysis can prove: a local module, a local class, or unknown.</summary>
public abstract record Symbol;

/// <summary>A module of the analysed tree.</summary>
public sealed record ModuleSymbol(ModuleLocation Location) : Symbol;

/// <summary>A class of the analysed tree, with the file that defines it.</summary>
public sealed record ClassSymbol(string File, ClassInfo Class) : Symbol;
