namespace Reporting.Registers.Samples;

/// <summary>
/// The workflow cells of one sample row: whether an entity registers follows its fixed leaning
/// against the year's rate, so the same entities stay in over the years as rates rise.
/// </summary>
internal sealed class SampleWorkflow(Random rng, int year)
{
    private readonly Dictionary<string, (string Number, DateTime Date)> _decisions = [];

    public static readonly object?[] Blank = new object?[9];

    public object?[] Cells(string decisionKey, double leaning, double ability, double registrationRate)
    {
        if (leaning >= registrationRate)
            return Blank;
        var registeredOn = new DateTime(year, 1, 5).AddDays(rng.Next(0, 116));
        if (rng.NextDouble() >= 0.97)
            return ["x", registeredOn, null, null, null, null, null, null, null];
        var passed = ability < 0.9 && rng.NextDouble() < 0.96;
        var evaluatedOn = new DateTime(year, 10, 1).AddDays(rng.Next(0, 61));
        var score = passed ? 70 + rng.Next(0, 31) : 40 + rng.Next(0, 30);
        if (!passed || rng.NextDouble() >= 0.97)
            return ["x", registeredOn, score, passed ? "Đạt" : "Không đạt", evaluatedOn, null, null, null, null];
        var (number, date) = Decision(decisionKey);
        return ["x", registeredOn, score, "Đạt", evaluatedOn, "x", number, date, null];
    }

    /// <summary>A row that breaks a rule, as clerks' rows sometimes do.</summary>
    public object?[] Faulty(int kind) => kind switch
    {
        0 => [null, null, 85, "Đạt", new DateTime(year, 10, 15), "x", "99/QĐ-UBND", new DateTime(year, 12, 20), "Công nhận khi chưa đăng ký"],
        1 => ["x", new DateTime(year, 2, 1), 150, "Đạt", new DateTime(year, 10, 15), null, null, null, null],
        2 => ["x", new DateTime(year, 9, 20), 80, "Đạt", new DateTime(year, 8, 1), null, null, null, null],
        _ => ["có lẽ", new DateTime(year, 2, 1), null, null, null, null, null, null, null],
    };

    /// <summary>One recognition decision per title and commune a year, as communes issue them.</summary>
    private (string Number, DateTime Date) Decision(string key)
    {
        if (!_decisions.TryGetValue(key, out var decision))
        {
            var date = rng.NextDouble() < 0.9
                ? new DateTime(year, 12, 10).AddDays(rng.Next(0, 19))
                : new DateTime(year + 1, 1, 10).AddDays(rng.Next(0, 70));
            decision = ($"{rng.Next(100, 999)}/QĐ-UBND", date);
            _decisions[key] = decision;
        }
        return decision;
    }
}
