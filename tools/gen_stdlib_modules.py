# Regenerates src/HookSuite.Core/Python/StdlibModules.cs (run with python3.11 from the repository root).
import sys
base = set(sys.stdlib_module_names)  # 3.11
removed_312 = {"asynchat", "asyncore", "distutils", "imp", "smtpd"}
removed_313 = {"aifc", "audioop", "cgi", "cgitb", "chunk", "crypt", "imghdr", "mailcap", "msilib", "nis", "nntplib",
               "ossaudiodev", "pipes", "sndhdr", "spwd", "sunau", "telnetlib", "uu", "xdrlib", "lib2to3", "_crypt", "_msi", "_posixshmem"}
added_313 = {"_interpreters", "_interpqueues", "_interpchannels", "_opcode_metadata", "_pyrepl", "_suggestions", "_sysconfig", "_colorize", "_ios_support", "_android_support", "_apple_support"}
new_311 = {"tomllib", "_tokenize", "_typing"}
new_39 = {"graphlib", "zoneinfo", "_zoneinfo"}
versions = {}
versions["3.11"] = base
versions["3.10"] = (base - new_311) | {"binhex", "_bootlocale"}
versions["3.9"] = versions["3.10"] | {"formatter", "parser", "symbol", "_dummy_thread", "dummy_threading"}
versions["3.8"] = versions["3.9"] - new_39
versions["3.12"] = base - removed_312
versions["3.13"] = (versions["3.12"] - removed_313) | added_313
q = '"'
out = ["// Generated from CPython's sys.stdlib_module_names (3.11) and the documented additions and removals of 3.8-3.13.",
       "namespace HookSuite.Core.Python;", "",
       "/// <summary>The top-level modules of CPython's standard library, per version (3.8-3.13).</summary>",
       "public static class StdlibModules", "{",
       "    private static readonly Dictionary<string, HashSet<string>> ByVersion = new(StringComparer.Ordinal)",
       "    {"]
for v in ["3.8", "3.9", "3.10", "3.11", "3.12", "3.13"]:
    names = sorted(versions[v])
    out.append(f"        [{q}{v}{q}] = new(StringComparer.Ordinal)")
    out.append("        {")
    for i in range(0, len(names), 8):
        out.append("            " + " ".join(f"{q}{n}{q}," for n in names[i:i + 8]))
    out.append("        },")
out += ["    };", "",
        "    // Without a known target version, nothing that some supported version has is reported missing.",
        "    private static readonly HashSet<string> Any = ByVersion.Values.SelectMany(v => v).ToHashSet(StringComparer.Ordinal);", "",
        "    public static IReadOnlyCollection<string> Versions => ByVersion.Keys;", "",
        "    /// <summary>True when the top-level name is a standard-library module of that version (of any version when null or unknown).</summary>",
        "    public static bool Contains(string topLevel, string? version = null) =>",
        "        version is not null && ByVersion.TryGetValue(version, out var names) ? names.Contains(topLevel) : Any.Contains(topLevel);",
        "}"]
open("src/HookSuite.Core/Python/StdlibModules.cs", "w").write("\n".join(out) + "\n")
