using HookSuite.Core.Config;
using HookSuite.Core.Errors;

namespace HookSuite.Core.Tests.Config;

public sealed class ConfigReaderTests
{
    private const string Complete = """
        deploy_ref = "origin/production"
        fetch_timeout = 10

        [pre_push]
        block = "all"

        [python]
        entry_points = ["train.py", "scripts/*.py"]
        source_roots = ["src"]
        interpreter = "/usr/bin/python3"

        [[validators]]
        name = "tests"
        command = ["python3", "-m", "pytest", "-q", "{snapshot}/tests"]
        timeout = 600
        env = { CUDA_VISIBLE_DEVICES = "" }
        when = ["check", "pre-push"]

        [[validators]]
        name = "compile"
        command = ["python3", "-m", "py_compile", "{entry}"]
        """;

    [Test]
    public void Parse_CompleteExample_ReadsEveryKey()
    {
        var config = ConfigReader.Parse(Complete, "hooksuite.toml");

        Assert.That(config.DeployRef, Is.EqualTo("origin/production"));
        Assert.That(config.FetchTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
        Assert.That(config.PrePushBlock, Is.EqualTo(PrePushBlock.All));
        Assert.That(config.Python.EntryPoints, Is.EqualTo(new[] { "train.py", "scripts/*.py" }));
        Assert.That(config.Python.SourceRoots, Is.EqualTo(new[] { "src" }));
        Assert.That(config.Python.Interpreter, Is.EqualTo("/usr/bin/python3"));
        Assert.That(config.Validators.Select(v => v.Name), Is.EqualTo(new[] { "tests", "compile" }));
        var tests = config.Validators[0];
        Assert.That(tests.Command[^1], Is.EqualTo("{snapshot}/tests"));
        Assert.That(tests.Timeout, Is.EqualTo(TimeSpan.FromMinutes(10)));
        Assert.That(tests.Environment["CUDA_VISIBLE_DEVICES"], Is.EqualTo(""));
        Assert.That(tests.When, Is.EquivalentTo(new[] { ValidatorStage.Check, ValidatorStage.PrePush }));
        Assert.That(config.Validators[1].When, Is.EquivalentTo(ValidatorConfig.DefaultStages));
    }

    [Test]
    public void Parse_UnknownKey_NamesFileLineAndColumn()
    {
        var error = Assert.Throws<HookSuiteException>(() => ConfigReader.Parse("[python]\nentry_points = []\nentrypoints = []\n", "hooksuite.toml"));

        Assert.That(error!.Message, Does.StartWith("hooksuite.toml:3:1: unknown key 'python.entrypoints'"));
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.CannotCheck));
    }

    [Test]
    public void Parse_UnknownValidatorKey_NamesItsPosition()
    {
        var error = Assert.Throws<HookSuiteException>(() =>
            ConfigReader.Parse("[[validators]]\nname = \"a\"\ncommand = [\"true\"]\n  retries = 3\n", "hooksuite.toml"));

        Assert.That(error!.Message, Does.StartWith("hooksuite.toml:4:3: unknown key 'validators.retries'"));
    }

    [Test]
    public void Parse_WrongType_SaysWhatItMustBe()
    {
        var error = Assert.Throws<HookSuiteException>(() => ConfigReader.Parse("fetch_timeout = \"ten\"\n", "hooksuite.toml"));

        Assert.That(error!.Message, Is.EqualTo("hooksuite.toml:1:1: 'fetch_timeout' must be a positive number of seconds — fix its value"));
    }

    [Test]
    public void Parse_InvalidToml_GivesLineAndColumn()
    {
        var error = Assert.Throws<HookSuiteException>(() => ConfigReader.Parse("deploy_ref = \"origin/production\"\n[python\n", "hooksuite.toml"));

        Assert.That(error!.Message, Does.Match(@"^hooksuite\.toml:2:\d+: invalid TOML: "));
    }

    [Test]
    public void Parse_ValidatorWithoutCommand_AsksForIt()
    {
        var error = Assert.Throws<HookSuiteException>(() => ConfigReader.Parse("[[validators]]\nname = \"a\"\n", "hooksuite.toml"));

        Assert.That(error!.Message, Does.Contain("needs both 'name' and 'command'"));
    }

    [Test]
    public void Parse_UnknownStage_ListsTheStages()
    {
        var error = Assert.Throws<HookSuiteException>(() =>
            ConfigReader.Parse("[[validators]]\nname = \"a\"\ncommand = [\"true\"]\nwhen = [\"deploy\"]\n", "hooksuite.toml"));

        Assert.That(error!.Message, Does.Contain("\"check\", \"pre-commit\", \"pre-push\", \"run\""));
    }

    [Test]
    public void Read_PyprojectToolTable_IsUsedAndOtherToolsIgnored()
    {
        var files = new Dictionary<string, string>
        {
            ["pyproject.toml"] = "[project]\nname = \"x\"\n[tool.black]\nline-length = 100\n[tool.hooksuite]\ndeploy_ref = \"origin/prod\"\n[tool.hooksuite.python]\nentry_points = [\"train.py\"]\n",
        };

        var config = ConfigReader.Read(files.GetValueOrDefault, "HEAD:");

        Assert.That(config.DeployRef, Is.EqualTo("origin/prod"));
        Assert.That(config.Python.EntryPoints, Is.EqualTo(new[] { "train.py" }));
        Assert.That(config.Source, Is.EqualTo("HEAD:pyproject.toml"));
    }

    [Test]
    public void Read_HooksuiteTomlWinsOverPyproject()
    {
        var files = new Dictionary<string, string>
        {
            ["hooksuite.toml"] = "deploy_ref = \"origin/a\"\n",
            ["pyproject.toml"] = "[tool.hooksuite]\ndeploy_ref = \"origin/b\"\n",
        };

        Assert.That(ConfigReader.Read(files.GetValueOrDefault, "").DeployRef, Is.EqualTo("origin/a"));
    }

    [Test]
    public void Read_NoConfigFile_IsTheDefault() =>
        Assert.That(ConfigReader.Read(_ => null, ""), Is.SameAs(HookSuiteConfig.Default));
}
