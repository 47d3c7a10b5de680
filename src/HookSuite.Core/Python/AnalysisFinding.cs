namespace HookSuite.Core.Python;

/// <summary>What is missing, so the local-drift diagnosis can look for it in HEAD and the working tree.</summary>
public abstract record MissingThing;

/// <summary>A module that the snapshot does not have.</summary>
public sealed record MissingModule(string Name, IReadOnlyList<string> Roots) : MissingThing;

/// <summary>A name that a module (file) of the snapshot does not define.</summary>
public sealed record MissingName(string File, string Name) : MissingThing;

/// <summary>An attribute that a class (in a file) of the snapshot does not define.</summary>
public sealed record MissingAttribute(string File, string Class, string Attribute) : MissingThing;
