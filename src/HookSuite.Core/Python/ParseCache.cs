using System.Collections.Concurrent;
using System.Text;

namespace HookSuite.Core.Python;

/// <summary>
/// Parsed modules by blob id: in memory for one run (the snapshot's tree and HEAD's share their unchanged files), and
/// on disk across runs, so a run parses only the files no earlier run has seen: re-checking a commit that changed one
/// file parses one file. On disk it is one file in the state directory
/// (<c>.git/hooksuite/python-parse.cache</c>), read whole when opened and replaced atomically (temporary file, then
/// rename) when a run parsed something new; entries of earlier runs are carried over up to a size cap. A file written
/// by another build of HookSuite, or a damaged one, is ignored: the cache can save time, never change a result.
/// </summary>
public sealed class ParseCache
{
    private const string FileName = "python-parse.cache";
    private const long MaxBytes = 64L << 20;

    // Any other build of the parser may parse differently: its entries do not count.
    private static readonly string Stamp = "hooksuite-parse 1 " + typeof(ParseCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly string? _path;
    private readonly byte[] _data;
    private readonly List<(string Id, int Offset, int Length)> _entries;
    private readonly Dictionary<string, (int Offset, int Length)> _index;
    private readonly ConcurrentDictionary<string, ModuleSymbols> _fresh = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ModuleSymbols> _memory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private ParseCache(string? path, byte[] data, List<(string Id, int Offset, int Length)> entries)
    {
        _path = path;
        _data = data;
        _entries = entries;
        _index = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var (id, offset, length) in entries)
        {
            _index.TryAdd(id, (offset, length));
        }
    }

    /// <summary>How many parsed modules the file held when it was opened.</summary>
    public int StoredCount => _index.Count;

    /// <summary>A cache for this run only (<c>--no-cache</c>): nothing is read from or written to disk.</summary>
    public static ParseCache InMemory() => new(null, [], []);

    /// <summary>Opens the cache of a state directory; a missing, foreign or damaged file gives an empty cache.</summary>
    public static ParseCache Open(string stateDirectory)
    {
        var path = Path.Combine(stateDirectory, FileName);
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ParseCache(path, [], []);
        }
        try
        {
            return new ParseCache(path, data, ReadIndex(data));
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException or ArgumentException)
        {
            return new ParseCache(path, [], []);
        }
    }

    private static List<(string, int, int)> ReadIndex(byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (reader.ReadString() != Stamp)
        {
            return [];
        }
        var entries = new List<(string, int, int)>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var id = reader.ReadString();
            var length = reader.ReadInt32();
            var offset = (int)stream.Position;
            if (length < 0 || (long)offset + length > data.Length)
            {
                throw new InvalidDataException("truncated parse cache");
            }
            entries.Add((id, offset, length));
            stream.Position = offset + length;
        }
        return entries;
    }

    public bool Contains(string blobId) => _memory.ContainsKey(blobId) || _index.ContainsKey(blobId);

    /// <summary>The module parsed or stored for a blob, or null when there is none (or its entry cannot be read).</summary>
    public ModuleSymbols? TryLoad(string blobId)
    {
        if (_memory.TryGetValue(blobId, out var known))
        {
            return known;
        }
        if (!_index.TryGetValue(blobId, out var entry))
        {
            return null;
        }
        lock (_lock)
        {
            try
            {
                return _memory.GetOrAdd(blobId, _ => ModuleSymbolsFormat.Read(_data, entry.Offset, entry.Length, Intern));
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or IndexOutOfRangeException or ArgumentException)
            {
                return null;
            }
        }
    }

    private string Intern(string value)
    {
        if (_strings.TryGetValue(value, out var known))
        {
            return known;
        }
        _strings[value] = value;
        return value;
    }

    /// <summary>Remembers a module this run parsed, for the rest of the run and for <see cref="Save"/>.</summary>
    public void Add(string blobId, ModuleSymbols module)
    {
        _memory.TryAdd(blobId, module);
        if (_path is not null)
        {
            _fresh.TryAdd(blobId, module);
        }
    }

    /// <summary>
    /// Writes the modules parsed in this run, then the earlier entries while the file stays under its cap. Nothing is
    /// written when nothing new was parsed; a failure to write only costs the next run its head start.
    /// </summary>
    public void Save()
    {
        if (_fresh.IsEmpty || _path is null)
        {
            return;
        }
        var temporary = $"{_path}.{Environment.ProcessId}.tmp";
        try
        {
            var written = new List<(string Id, byte[]? Fresh, int Offset, int Length)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            long total = 0;
            foreach (var (id, module) in _fresh)
            {
                var bytes = ModuleSymbolsFormat.Write(module);
                written.Add((id, bytes, 0, bytes.Length));
                seen.Add(id);
                total += bytes.Length;
            }
            foreach (var (id, offset, length) in _entries)
            {
                if (total + length > MaxBytes)
                {
                    break;
                }
                if (seen.Add(id))
                {
                    written.Add((id, null, offset, length));
                    total += length;
                }
            }
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(file, Encoding.UTF8))
            {
                writer.Write(Stamp);
                writer.Write(written.Count);
                foreach (var (id, fresh, offset, length) in written)
                {
                    writer.Write(id);
                    writer.Write(length);
                    writer.Write(fresh is null ? _data.AsSpan(offset, length) : fresh);
                }
            }
            File.Move(temporary, _path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Left for the state directory's next clean-up.
            }
        }
    }
}
