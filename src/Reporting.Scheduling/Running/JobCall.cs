using System.Globalization;
using System.Text.Json;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Reporting.Domain.Runs;

namespace Reporting.Scheduling.Running;

/// <summary>
/// A job and its parameters by name, as the admin form sends them (<c>job=monthly</c>,
/// <c>month=2018-03</c>): read back from a Hangfire job or a run-ledger row, so the run list can
/// name it, re-run it and tell that the same request is already queued.
/// </summary>
public sealed record JobCall(string Job, IReadOnlyDictionary<string, string?> Values)
{
    /// <summary>The form's fields: the job, then its values.</summary>
    public IReadOnlyDictionary<string, string?> Form => Values.Where(v => v.Key != "job").Prepend(new("job", Job)).ToDictionary();

    /// <summary>The same job with the same values, whoever asked for it.</summary>
    public string Identity => string.Join(';', Values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).OrderBy(v => v.Key, StringComparer.Ordinal)
        .Select(v => $"{v.Key}={v.Value!.Trim()}").Prepend(Job));

    public static JobCall Pull(int? year, string? unitCode) => new(JobName.Pull.Key, new Dictionary<string, string?> { ["year"] = Text(year), ["unit"] = unitCode });

    public static JobCall Figures(string period) => new(JobName.Figures.Key, new Dictionary<string, string?> { ["period"] = period });

    /// <summary>What the scheduler will run for this call, the very method the schedule runs.</summary>
    public Job ToHangfireJob(string startedBy)
    {
        if (Job == JobName.Pull.Key)
        {
            var year = Values.GetValueOrDefault("year") is { Length: > 0 } y ? int.Parse(y, CultureInfo.InvariantCulture) : (int?)null;
            return Values.GetValueOrDefault("unit") is { Length: > 0 } unit
                ? Hangfire.Common.Job.FromExpression<ReportingJobs>(j => j.PullUnitAsync(unit, year, startedBy, CancellationToken.None))
                : Hangfire.Common.Job.FromExpression<ReportingJobs>(j => j.PullAsync(year, startedBy, CancellationToken.None));
        }
        if (Job == JobName.Figures.Key)
        {
            var period = Values.GetValueOrDefault("period") ?? "";
            return Hangfire.Common.Job.FromExpression<ReportingJobs>(j => j.FiguresAsync(period, startedBy, CancellationToken.None));
        }
        var (job, values) = (Job, Values.ToDictionary());
        return Hangfire.Common.Job.FromExpression<ReportingJobs>(j => j.ReportAsync(job, values, startedBy, CancellationToken.None));
    }

    public string Enqueue(IBackgroundJobClient client, string startedBy) => client.Create(ToHangfireJob(startedBy), new EnqueuedState());

    /// <summary>
    /// The call a Hangfire job of <see cref="ReportingJobs"/> makes; null for another class. The
    /// schedule's own jobs (the nightly chain, "last month's summary") are named by their method,
    /// with no values: their parameters are worked out when they run.
    /// </summary>
    public static JobCall? Of(Job? job)
    {
        if (job is null || job.Type != typeof(ReportingJobs))
            return null;
        var args = job.Args;
        string? Arg(int index) => index < args.Count ? Text(args[index]) : null;
        return job.Method.Name switch
        {
            nameof(ReportingJobs.PullAsync) => Pull(Int(args[0]), null),
            nameof(ReportingJobs.PullUnitAsync) => Pull(Int(args[1]), Arg(0)),
            nameof(ReportingJobs.FiguresAsync) => Figures(Arg(0) ?? ""),
            nameof(ReportingJobs.ReportAsync) => new(Arg(0) ?? "", args[1] as IReadOnlyDictionary<string, string?> ?? new Dictionary<string, string?>()),
            nameof(ReportingJobs.MonthlyAsync) => new(JobName.Monthly.Key, new Dictionary<string, string?>
                { ["month"] = string.Create(CultureInfo.InvariantCulture, $"{Int(args[0]):0000}-{Int(args[1]):00}") }),
            nameof(ReportingJobs.ConferenceAsync) => new(JobName.Conference.Key, new Dictionary<string, string?> { ["year"] = Arg(0), ["unit"] = Arg(1) }),
            nameof(ReportingJobs.CostsAsync) => new(JobName.Costs.Key, new Dictionary<string, string?> { ["year"] = Arg(0) }),
            var scheduled => new(scheduled, new Dictionary<string, string?>()),
        };
    }

    /// <summary>
    /// A row of the run ledger: its parameters as the ledger wrote them, <c>year=2018;unit=602</c>,
    /// or a pull's JSON (<c>{"sources":[…],"year":2018,"unit":null}</c>, whose sources are not a parameter).
    /// </summary>
    public static JobCall OfLedger(string job, string parameters)
    {
        var values = new Dictionary<string, string?>();
        if (parameters.StartsWith('{'))
        {
            try
            {
                using var json = JsonDocument.Parse(parameters);
                foreach (var property in json.RootElement.EnumerateObject().Where(p => p.Name != "sources"))
                    values[property.Name] = property.Value.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.String => property.Value.GetString(),
                        _ => property.Value.GetRawText(),
                    };
            }
            catch (JsonException)
            {
            }
            return new(job, values);
        }
        foreach (var pair in parameters.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=');
            if (at > 0)
                values[pair[..at]] = pair[(at + 1)..];
        }
        return new(job, values);
    }

    private static int? Int(object? value) => value switch
    {
        int number => number,
        long number => (int)number,
        string text when int.TryParse(text, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
