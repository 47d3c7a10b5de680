namespace HookSuite.Core.Python;

/// <summary>Looks a missing thing up in local code (HEAD, the working tree) and says where it exists only.</summary>
public interface ILocalDiagnosis
{
    /// <returns>The clause to append ("exists only in …") and the command that fixes it; null when local code lacks it too.</returns>
    (string Where, string Fix)? Diagnose(MissingThing missing);
}
