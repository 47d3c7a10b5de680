using HookSuite.Core.Git;

namespace HookSuite.Core.Tests.Git;

public sealed class PorcelainV2ParserTests
{
    private const string Sha1 = "1111111111111111111111111111111111111111";
    private const string Sha2 = "2222222222222222222222222222222222222222";

    [Test]
    public void Parse_OrdinaryEntryWithSpacesInPath_KeepsTheWholePath()
    {
        var entries = PorcelainV2Parser.Parse($"1 .M N... 100644 100644 100644 {Sha1} {Sha1} my model v2.py\0");

        var entry = entries.Single();
        Assert.That((entry.IndexStatus, entry.WorkTreeStatus, entry.Path), Is.EqualTo(('.', 'M', "my model v2.py")));
    }

    [Test]
    public void Parse_RenameEntry_TakesTheOriginalPathFromTheNextField()
    {
        var entries = PorcelainV2Parser.Parse($"2 R. N... 100644 100644 100644 {Sha1} {Sha1} R100 new.py\0old.py\0? x.py\0");

        Assert.That(entries, Has.Count.EqualTo(2));
        Assert.That((entries[0].Type, entries[0].Path, entries[0].OriginalPath), Is.EqualTo((StatusEntryType.Renamed, "new.py", "old.py")));
        Assert.That((entries[1].Type, entries[1].Path), Is.EqualTo((StatusEntryType.Untracked, "x.py")));
    }

    [Test]
    public void Parse_UnmergedEntry_IsUnmergedWithItsPath()
    {
        var entries = PorcelainV2Parser.Parse($"u UU N... 100644 100644 100644 100644 {Sha1} {Sha2} {Sha1} train.py\0");

        Assert.That((entries.Single().Type, entries.Single().Path), Is.EqualTo((StatusEntryType.Unmerged, "train.py")));
    }

    [Test]
    public void Parse_SubmoduleFlags_AreReadFromTheSubField()
    {
        var entry = PorcelainV2Parser.Parse($"1 .M S.MU 160000 160000 160000 {Sha1} {Sha1} vendor/lib\0").Single();

        Assert.That((entry.IsSubmodule, entry.SubmoduleCommitChanged, entry.SubmoduleHasModifications, entry.SubmoduleHasUntracked),
            Is.EqualTo((true, false, true, true)));
    }

    [Test]
    public void Parse_PathWithNewline_IsOnePath()
    {
        var entry = PorcelainV2Parser.Parse("? new\nline.py\0").Single();

        Assert.That(entry.Path, Is.EqualTo("new\nline.py"));
    }

    [Test]
    public void Parse_EmptyOutput_IsNoEntries() => Assert.That(PorcelainV2Parser.Parse(""), Is.Empty);
}
