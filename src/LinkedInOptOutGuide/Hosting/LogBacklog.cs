namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Counts the log events between the threads that log them and the writer that puts them out: at most
/// <see cref="Capacity"/> may wait; an event that finds no room is dropped, and counted. Serilog's batching
/// queue drops silently when its <c>QueueLimit</c> is reached, so the counting is done here, in front of it.
/// </summary>
internal sealed class LogBacklog(int capacity)
{
    private int _waiting;
    private long _dropped;
    private long _reported;

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>Events admitted and not yet written (or lost).</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Every event dropped since start: no room to wait, or lost when writing failed.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Takes a place for one event; false (and one more drop) when the backlog is full. Never waits.</summary>
    public bool TryAdmit()
    {
        if (Interlocked.Increment(ref _waiting) <= Capacity)
        {
            return true;
        }
        Interlocked.Decrement(ref _waiting);
        Interlocked.Increment(ref _dropped);
        return false;
    }

    /// <summary>Frees the places of <paramref name="count"/> events that were written.</summary>
    public void Release(int count) => Interlocked.Add(ref _waiting, -count);

    /// <summary>Frees the places of <paramref name="count"/> events that could not be written, and counts them as dropped.</summary>
    public void Lose(int count)
    {
        Interlocked.Add(ref _dropped, count);
        Release(count);
    }

    /// <summary>The drops since the last call (for the one writer that reports them).</summary>
    public long TakeUnreported()
    {
        var total = Dropped;
        return total - Interlocked.Exchange(ref _reported, total);
    }
}
