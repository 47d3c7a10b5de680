namespace HookSuite.Core.Python;

/// <summary>A class from the standard library or an installed package, as the target interpreter sees it.</summary>
/// <param name="Members">Its dir(), the annotations of its MRO and the <c>self.X</c> names their Python sources assign or register.</param>
/// <param name="Dynamic">Instances can have attributes none of those show: a <c>__getattr__</c>, or a base whose source is not shipped.</param>
public sealed record InstalledClass(IReadOnlySet<string> Members, bool Dynamic);
