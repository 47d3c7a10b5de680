using System.Collections.Concurrent;
using System.Text;

namespace HookSuite.Core.Python;

/// <summary>
/// Parsed modules by blob id: in memory for one run (the snapshot's tree and HEAD's share their unchanged files), and
/// on disk across runs, so a run parses only the files no earlier run has seen: re-checking a commit that changed one
/// file parses one file. On disk it is one file in the state directory
/// (<c>.git/hooksuite/python-parse.cache</c>), read whole on first use and replaced atomically (temporary file, then
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
    private readonly Lazy<Stored> _stored;
    private readonly ConcurrentDictionary<string, ModuleSymbols> _fresh = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ModuleSymbols> _memory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The file as read: its bytes, its entries in order, and an index by blob id.</summary>
    private sealed record Stored(byte[] Data, List<(string Id, int Offset, int Length)> Entries, Dictionary<string, (int Offset, int Length)> Index)
    {
        public static Stored Of(byte[] data, List<(string Id, int Offset, int Length)> entries)
        {
            var index = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            foreach (var (id, offset, length) in entries)
            {
                index.TryAdd(id, (offset, length));
            }
            return new Stored(data, entries, index);
        }

        public static Stored Empty() => Of([], []);
    }

    private ParseCache(string? path)
    {
        _path = path;
        // Read on first use: a check whose verdict is cached never parses, so never needs the file.
        _stored = new Lazy<Stored>(() => path is null ? Stored.Empty() : Load(path));
    }

    /// <summary>How many parsed modules the file held when it was opened.</summary>
    public int StoredCount => _stored.Value.Index.Count;

    /// <summary>A cache for this run only (<c>--no-cache</c>): nothing is read from or written to disk.</summary>
    public static ParseCache InMemory() => new(null);

    /// <summary>The cache of a state directory; a missing, foreign or damaged file gives an empty cache.</summary>
    public static ParseCache Open(string stateDirectory) => new(Path.Combine(stateDirectory, FileName));

    private static Stored Load(string path)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Stored.Empty();
        }
        try
        {
            return Stored.Of(data, ReadIndex(data));
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException or ArgumentException)
        {
            return Stored.Empty();
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

    public bool Contains(string blobId) => _memory.ContainsKey(blobId) || _stored.Value.Index.ContainsKey(blobId);

    /// <summary>The module parsed or stored for a blob, or null when there is none (or its entry cannot be read).</summary>
    public ModuleSymbols? TryLoad(string blobId)
    {
        if (_memory.TryGetValue(blobId, out var known))
        {
            return known;
        }
        var stored = _stored.Value;
        if (!stored.Index.TryGetValue(blobId, out var entry))
        {
            return null;
        }
        lock (_lock)
        {
            try
            {
                return _memory.GetOrAdd(blobId, _ => ModuleSymbolsFormat.Read(stored.Data, entry.Offset, entry.Length, Intern));
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
            var stored = _stored.Value;
            foreach (var (id, offset, length) in stored.Entries)
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
                    writer.Write(fresh is null ? stored.Data.AsSpan(offset, length) : fresh);
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
