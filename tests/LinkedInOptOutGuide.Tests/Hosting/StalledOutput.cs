namespace LinkedInOptOutGuide.Tests.Hosting;

/// <summary>
/// An output like a pipe that nobody reads: every write blocks until <see cref="Open"/> (or forever), then the
/// bytes are kept. <see cref="Failing"/> makes writes fail as a closed pipe does.
/// </summary>
internal sealed class StalledOutput : Stream
{
    private readonly ManualResetEventSlim _open = new(false);
    private readonly MemoryStream _written = new();
    private readonly Lock _lock = new();
    private int _blockedWrites;

    public bool Failing { get; init; }

    /// <summary>Writes that have started (and are waiting while the output is stalled).</summary>
    public int BlockedWrites => Volatile.Read(ref _blockedWrites);

    public void Open() => _open.Set();

    public string Text()
    {
        lock (_lock)
        {
            return System.Text.Encoding.UTF8.GetString(_written.ToArray());
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Interlocked.Increment(ref _blockedWrites);
        if (Failing)
        {
            throw new IOException("Broken pipe");
        }
        _open.Wait();
        lock (_lock)
        {
            _written.Write(buffer);
        }
    }

    public override void Flush()
    {
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _open.Dispose();
            _written.Dispose();
        }
        base.Dispose(disposing);
    }
}
