using System.Collections.Concurrent;

namespace HookSuite.Core.Python;

/// <summary>A set of Python files readable by repository path: a snapshot's blobs, HEAD's tree, or the working tree.</summary>
public sealed class SourceTree
{
    private readonly Func<string, byte[]?> _read;
    private readonly Func<string, string?> _blobId;
    private readonly ConcurrentDictionary<string, ModuleSymbols?> _parsed = new(StringComparer.Ordinal);

    public SourceTree(
        string label, IEnumerable<string> pythonFiles, Func<string, byte[]?> read, Func<string, string?>? blobId = null,
        IEnumerable<string>? otherDirectories = null)
    {
        Label = label;
        Files = pythonFiles.ToHashSet(StringComparer.Ordinal);
        _read = read;
        _blobId = blobId ?? (_ => null);
        Directories = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var file in Files)
        {
            for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
            {
                if (!Directories.Add(file[..slash]))
                {
                    break;
                }
            }
        }
        // A directory with no Python file is still importable as a namespace package (e.g. a data folder).
        Directories.UnionWith(otherDirectories ?? []);
    }

    /// <summary>How findings name this tree, e.g. "origin/production @ 1a2b3c4".</summary>
    public string Label { get; }

    public HashSet<string> Files { get; }

    /// <summary>Modules parsed by earlier runs or other trees of this run, by blob id (trees of git objects only).</summary>
    public ParseCache? Cache { get; init; }

    private int _parsedFromSource;

    /// <summary>How many files this tree had to parse (the others came from <see cref="Cache"/>).</summary>
    public int ParsedFromSource => _parsedFromSource;

    /// <summary>Every directory that contains a Python file at any depth ("" is the root).</summary>
    public HashSet<string> Directories { get; }

    public bool HasFile(string path) => Files.Contains(path);

    public string? ReadText(string path) => _read(path) is { } bytes ? SourceDecoder.Decode(bytes) : null;

    /// <summary>
    /// Parses many files at once, on every core: each worker takes the next file, reads it (one reader at a time: a
    /// libgit2 repository is not for concurrent use), decodes and parses it.
    /// </summary>
    public void ParseAll(IEnumerable<string> paths)
    {
        var pending = paths.Where(p => !_parsed.ContainsKey(p) && Files.Contains(p))
            .Select(p => (Path: p, Id: _blobId(p)))
            .Where(p => p.Id is null || Cache is null || !Cache.Contains(p.Id))
            .ToList();
        var workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, pending.Count / 16));
        try
        {
            ParseOnWorkers(pending, workers);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // Report what went wrong (a file that cannot be read), not "one or more errors occurred".
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }

    private void ParseOnWorkers(List<(string Path, string? Id)> pending, int workers)
    {
        var next = -1;
        var readLock = new Lock();
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < pending.Count; i = Interlocked.Increment(ref next))
            {
                var (path, id) = pending[i];
                byte[]? bytes;
                lock (readLock)
                {
                    bytes = _read(path);
                }
                if (bytes is null)
                {
                    continue;
                }
                var parsed = ModuleParser.Parse(bytes);
                Interlocked.Increment(ref _parsedFromSource);
                if (id is not null)
                {
                    Cache?.Add(id, parsed);
                }
                _parsed[path] = parsed;
            }
        });
    }

    /// <summary>The parsed module: from this tree, from <see cref="Cache"/> by blob id, or parsed now.</summary>
    public ModuleSymbols? Parse(string path) => _parsed.GetOrAdd(path, p =>
    {
        if (!Files.Contains(p))
        {
            return null;
        }
        var id = _blobId(p);
        if (id is not null && Cache?.TryLoad(id) is { } stored)
        {
            return stored;
        }
        var bytes = _read(p);
        if (bytes is null)
        {
            return null;
        }
        var parsed = ModuleParser.Parse(bytes);
        Interlocked.Increment(ref _parsedFromSource);
        if (id is not null)
        {
            Cache?.Add(id, parsed);
        }
        return parsed;
    });
}
