using System.ComponentModel.DataAnnotations;
using Reporting.Domain.Units;

using Reporting.Reports.Word;

namespace Reporting.Reports.Conference;

/// <summary>When a pack's PDF is rendered: whenever LibreOffice is found, always (a run without it fails), or never.</summary>
public enum PdfRendering
{
    Auto,
    Required,
    Off,
}

/// <summary>
/// Section <c>Conference</c>: who issues the Word report (Decree 30 header, number, place and date,
/// recipients, signature) and how its PDF is rendered. <see cref="Province"/> speaks for the
/// province's pack; a district's pack takes its own entry of <see cref="Districts"/> over defaults
/// derived from the district (its People's Committee above the district's steering committee).
/// What is not given is left blank in the document, for the secretary to fill in by hand.
/// </summary>
public sealed class ConferenceOptions : IValidatableObject
{
    public const string Section = "Conference";

    public IssuerOption Province { get; set; } = new();

    public Dictionary<string, IssuerOption> Districts { get; set; } = [];

    public PdfRendering Pdf { get; set; } = PdfRendering.Auto;

    /// <summary>The LibreOffice program that renders the PDF: a name on the PATH or a full path.</summary>
    [Required]
    public string LibreOffice { get; set; } = "soffice";

    /// <summary>The Python that LibreOffice's UNO bridge is installed for (Debian's python3-uno): it drives the LibreOffice kept running.</summary>
    [Required]
    public string Python { get; set; } = "/usr/bin/python3";

    [Range(10, 3600)]
    public int PdfTimeoutSeconds { get; set; } = 180;

    /// <summary>How many LibreOffice render PDFs side by side (each on one core): the packs of a conference are built in parallel.</summary>
    [Range(1, 16)]
    public int PdfWorkers { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 2);

    public PdfRenderer Renderer() => new(LibreOffice, Python, TimeSpan.FromSeconds(PdfTimeoutSeconds), PdfWorkers);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var code in Districts.Keys.Where(c => !UnitDirectory.Reference.Versions.Any(u => u.Code == c && u.Level == UnitLevel.District)))
            yield return new ValidationResult($"{Section}:{nameof(Districts)}: '{code}' is not a district code.", [nameof(Districts)]);
        foreach (var (name, issuer) in Districts.Select(d => ($"{nameof(Districts)}:{d.Key}", d.Value)).Prepend((nameof(Province), Province)))
            if (issuer.Number is { } number && number.Contains('/'))
                yield return new ValidationResult(
                    $"{Section}:{name}:Number is the number alone ('{number}'): the suffix '/{issuer.NumberSuffix ?? IssuerOption.DefaultSuffix}' is added.", [name]);
    }
}

/// <summary>The issuer of one pack's report; every value may be left out.</summary>
public sealed class IssuerOption
{
    public const string DefaultSuffix = "BC-BCĐ";

    public string? SuperiorBody { get; set; }

    public string? IssuingBody { get; set; }

    /// <summary>The document's number in the issuer's register ("15"); without it the number is left blank.</summary>
    public string? Number { get; set; }

    public string? NumberSuffix { get; set; }

    public string? Place { get; set; }

    public DateOnly? Date { get; set; }

    public string? OnBehalf { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    public List<string> Recipients { get; set; } = [];
}
