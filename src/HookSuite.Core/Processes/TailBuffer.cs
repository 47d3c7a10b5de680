using System.Text;

namespace HookSuite.Core.Processes;

/// <summary>Keeps only the last N characters written to it, so a child that prints megabytes costs bounded memory.</summary>
public sealed class TailBuffer(int capacity)
{
    private readonly StringBuilder _text = new();
    private readonly Lock _gate = new();
    private bool _truncated;

    public void Append(ReadOnlySpan<char> chunk)
    {
        lock (_gate)
        {
            _text.Append(chunk);
            if (_text.Length > 2 * capacity)
            {
                _text.Remove(0, _text.Length - capacity);
                _truncated = true;
            }
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            var keep = Math.Min(capacity, _text.Length);
            var tail = _text.ToString(_text.Length - keep, keep);
            return _truncated || keep < _text.Length ? "…" + tail : tail;
        }
    }
}
