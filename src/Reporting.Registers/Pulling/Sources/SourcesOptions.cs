using System.ComponentModel.DataAnnotations;
using Reporting.Domain.Units;
using Reporting.Registers.Pulling.Mailboxes;

namespace Reporting.Registers.Pulling.Sources;

/// <summary>
/// Section <c>Sources</c>: where <c>pull</c> looks when no <c>--source</c> is given — a folder per
/// level, laid out as <c>&lt;unitCode&gt;/&lt;unitCode&gt;_&lt;year&gt;.xlsx</c>, HTTP servers, and the
/// mailboxes clerks e-mail their registers to.
/// </summary>
public sealed class SourcesOptions : IValidatableObject
{
    public const string Section = "Sources";

    public List<FolderSourceOptions> Folders { get; set; } = [];

    public List<HttpSourceOptions> Http { get; set; } = [];

    public List<MailboxOptions> Mailboxes { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var folder in Folders)
        {
            if (string.IsNullOrWhiteSpace(folder.Name) || string.IsNullOrWhiteSpace(folder.Path))
                yield return new ValidationResult($"{Section}:Folders: every folder source needs a Name and a Path.");
            if (!IsLevel(folder.Level))
                yield return new ValidationResult($"{Section}:Folders '{folder.Name}': Level must be 'commune' or 'district'.");
        }
        foreach (var http in Http)
        {
            if (!IsLevel(http.Level))
                yield return new ValidationResult($"{Section}:Http '{http.Name}': Level must be 'commune' or 'district'.");
            else if (http.ToSettings().Problem() is { } problem)
                yield return new ValidationResult($"{Section}:Http: {problem}");
        }
        foreach (var problem in Mailboxes.SelectMany(m => m.Validate($"{Section}:Mailboxes")))
            yield return problem;
    }

    private static bool IsLevel(string level) => UnitLevelNames.TryParse(level, out var parsed) && parsed is UnitLevel.Commune or UnitLevel.District;

    public sealed class FolderSourceOptions
    {
        public string Name { get; set; } = "";
        public string Level { get; set; } = "commune";
        public string Path { get; set; } = "";

        public UnitLevel UnitLevel => UnitLevelNames.TryParse(Level, out var level) ? level : UnitLevel.Commune;
    }

    public sealed class HttpSourceOptions
    {
        public string Name { get; set; } = "";
        public string Level { get; set; } = "commune";
        public string UrlTemplate { get; set; } = "";
        public double TimeoutSeconds { get; set; } = 30;

        public HttpSourceSettings ToSettings() => new(Name, UnitLevelNames.TryParse(Level, out var level) ? level : UnitLevel.Commune,
            UrlTemplate, TimeSpan.FromSeconds(TimeoutSeconds));
    }
}
