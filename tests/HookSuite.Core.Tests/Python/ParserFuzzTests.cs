using System.Diagnostics;
using System.Text;
using HookSuite.Core.Python;

namespace HookSuite.Core.Tests.Python;

/// <summary>No input may crash the parser or make it hang: mutated corpus files and random bytes, with a fixed seed.</summary>
public sealed class ParserFuzzTests
{
    private const int Seed = 20261204;
    private const int Cases = 3000;
    private static readonly TimeSpan PerFile = TimeSpan.FromSeconds(2);

    [Test]
    public void Parse_MutatedCorpusAndRandomBytes_NeverThrowsOrHangs()
    {
        var random = new Random(Seed);
        var seeds = AstDifferentialTests.CorpusFiles().Select(File.ReadAllBytes).ToList();
        seeds.Add("def f(x):\n    return f'{x!r:>{10}}' + rb'\\\\' \\\n        + (lambda y=1: y)()\n"u8.ToArray());
        Assert.That(seeds, Has.Count.GreaterThan(5));

        var syntaxErrors = 0;
        for (var i = 0; i < Cases; i++)
        {
            var input = i % 4 == 0 ? RandomBytes(random) : Mutate(seeds[random.Next(seeds.Count)], random);
            var clock = Stopwatch.StartNew();
            ModuleSymbols symbols;
            try
            {
                symbols = ModuleParser.Parse(input);
            }
            catch (Exception ex)
            {
                Assert.Fail($"case {i} (seed {Seed}) crashed the parser: {ex.GetType().Name}: {ex.Message}\ninput: {Convert.ToBase64String(input)}");
                return;
            }
            Assert.That(clock.Elapsed, Is.LessThan(PerFile), $"case {i} (seed {Seed}) took {clock.Elapsed}");
            if (symbols.SyntaxError is { } error)
            {
                syntaxErrors++;
                Assert.That(error.Line, Is.GreaterThanOrEqualTo(1), $"case {i}: a syntax error needs a line");
                Assert.That(error.Message, Is.Not.Empty);
            }
        }
        TestContext.Progress.WriteLine($"parser fuzz: {Cases} cases (seed {Seed}), {syntaxErrors} syntax errors, no crash, no hang");
    }

    [TestCase(100_000)]
    public void Parse_BracketsNestedVeryDeep_IsASyntaxErrorNotACrash(int depth)
    {
        var source = "x = " + new string('(', depth) + new string(')', depth) + "\n";

        var symbols = ModuleParser.Parse(Encoding.UTF8.GetBytes(source));

        Assert.That(symbols.SyntaxError?.Message, Does.Contain("too many nested parentheses"));
    }

    [Test]
    public void Parse_TenMegabyteSingleLine_FinishesQuickly()
    {
        var source = "x = [" + string.Concat(Enumerable.Repeat("1, ", 3_500_000)) + "]\n";
        var clock = Stopwatch.StartNew();

        var symbols = ModuleParser.Parse(Encoding.UTF8.GetBytes(source));

        Assert.That(symbols.SyntaxError, Is.Null);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 400)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        var alphabet = "()[]{}:'\"\\#\n\r\t \f=.,;@*fbr{}!<>"u8.ToArray();
        for (var n = random.Next(1, 8); n > 0 && bytes.Count > 0; n--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0: bytes.RemoveAt(at); break;
                case 1: bytes.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                case 2: bytes[at] = (byte)random.Next(256); break;
                default:
                    var length = Math.Min(random.Next(1, 40), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
            }
        }
        return [.. bytes];
    }
}
