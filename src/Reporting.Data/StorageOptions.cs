using System.ComponentModel.DataAnnotations;

namespace Reporting.Data;

/// <summary>Section <c>Storage</c>: where received files, the embedded database and outputs live.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    [Required(AllowEmptyStrings = false)]
    public string DataFolder { get; set; } = "data";

    [Required(AllowEmptyStrings = false)]
    public string OutputFolder { get; set; } = "reports-output";

    [Required(AllowEmptyStrings = false)]
    public string TemplatesFolder { get; set; } = "templates";

    /// <summary>The templates folder; a relative one missing from the working folder is the one shipped beside the executable.</summary>
    public string ResolvedTemplatesFolder =>
        Path.IsPathRooted(TemplatesFolder) || Directory.Exists(TemplatesFolder) ? TemplatesFolder : Path.Combine(AppContext.BaseDirectory, TemplatesFolder);

    public string FilesFolder => Path.Combine(DataFolder, "files");

    public string SampleRegistersFolder => Path.Combine(DataFolder, "sample-registers");

    public string EmbeddedConnectionString => $"Data Source={Path.Combine(DataFolder, "reporting.db")}";
}
