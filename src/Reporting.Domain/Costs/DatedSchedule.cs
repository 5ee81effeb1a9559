namespace Reporting.Domain.Costs;

/// <summary>
/// A value from a date, and the text that sets it: a circular's or a decree's article, or the
/// provincial council's resolution on spending rates. A value no text sets is planned (<i>dự kiến</i>).
/// </summary>
public sealed record DatedStep<T>(DateOnly From, T Value, string? Basis = null);

/// <summary>A value in force on a day, its basis, and the days it is in force (<c>To</c> null while no later step replaces it).</summary>
public sealed record InForce<T>(T Value, string? Basis, DateOnly From, DateOnly? To)
{
    public bool Planned => string.IsNullOrWhiteSpace(Basis);
}

/// <summary>The steps of a rate or a scale over time.</summary>
public sealed record DatedSchedule<T>(IReadOnlyList<DatedStep<T>> Steps)
{
    public IReadOnlyList<DatedStep<T>> Steps { get; } = Steps.Count > 0 ? Steps : throw new ArgumentException("A schedule needs at least one step.", nameof(Steps));

    /// <summary>
    /// The step in force on a day. Before the first step no text sets the value yet: the first step's
    /// value is used as planned, without citing a text that was not in force.
    /// </summary>
    public InForce<T> On(DateOnly day)
    {
        var ordered = Steps.OrderBy(s => s.From).ToList();
        var index = ordered.FindLastIndex(s => s.From <= day);
        if (index < 0)
            return new InForce<T>(ordered[0].Value, null, DateOnly.MinValue, ordered[0].From.AddDays(-1));
        DateOnly? to = index + 1 < ordered.Count ? ordered[index + 1].From.AddDays(-1) : null;
        return new InForce<T>(ordered[index].Value, ordered[index].Basis, ordered[index].From, to);
    }
}

public static class DatedSchedule
{
    /// <summary>A value no text sets, planned from the start.</summary>
    public static DatedSchedule<T> Planned<T>(T value) => new([new DatedStep<T>(DateOnly.MinValue, value)]);
}
