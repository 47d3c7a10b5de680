namespace HookSuite.Core.Snapshots;

/// <summary>
/// An exclusive OS file lock on one snapshot slot. The OS drops it when the process dies, so a run killed
/// halfway never blocks the next one.
/// </summary>
public sealed class SlotLock : IDisposable
{
    private readonly FileStream _stream;

    private SlotLock(FileStream stream) => _stream = stream;

    public static SlotLock? TryAcquire(string slotDirectory)
    {
        try
        {
            Directory.CreateDirectory(slotDirectory);
            var stream = new FileStream(Path.Combine(slotDirectory, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            File.SetLastWriteTimeUtc(Path.Combine(slotDirectory, "lock"), DateTime.UtcNow);
            return new SlotLock(stream);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
