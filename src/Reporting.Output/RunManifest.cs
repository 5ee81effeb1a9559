using System.Text.Json;
using System.Text.Json.Nodes;
using Reporting.Data.Model;
using Reporting.Domain.Runs;

namespace Reporting.Output;

/// <summary>A file a run wrote, relative to the output folder.</summary>
public sealed record OutputEntry(string Path, string Sha256, long Bytes);

/// <summary>
/// <c>manifest.json</c> beside a run's outputs: the run, its parameters, the figure snapshots and
/// register versions it was built from, and the sha256 of every file it wrote.
/// </summary>
public static class RunManifest
{
    public const string FileName = "manifest.json";

    public static OutputEntry Describe(string outputFolder, string path) =>
        new(System.IO.Path.GetRelativePath(outputFolder, path).Replace('\\', '/'), OutputFile.Sha256Of(path), new FileInfo(path).Length);

    public static void Write(string path, Guid runId, JobName job, IReadOnlyDictionary<string, string> parameters, DateTime generatedAt,
        IReadOnlyList<FigureSnapshot> snapshots, IReadOnlyList<OutputEntry> files)
    {
        var manifest = new JsonObject
        {
            ["run_id"] = runId.ToString(),
            ["job"] = job.Key,
            ["parameters"] = new JsonObject(parameters.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
            ["generated_at"] = generatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["figure_snapshots"] = new JsonArray(snapshots.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["period"] = s.Period,
                ["table"] = s.Table,
                ["sha256"] = s.Sha256,
            }).ToArray()),
            // Snapshots of overlapping periods share register versions; each is listed once.
            ["registers"] = new JsonArray(snapshots.Select(s => s.RegisterVersions).Distinct()
                .SelectMany(versions => JsonNode.Parse(versions)!.AsArray())
                .DistinctBy(v => v!.ToJsonString())
                .Select(v => v!.DeepClone()).ToArray()),
            ["files"] = new JsonArray(files.Select(f => (JsonNode)new JsonObject
            {
                ["path"] = f.Path,
                ["sha256"] = f.Sha256,
                ["bytes"] = f.Bytes,
            }).ToArray()),
        };
        var json = manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        OutputFile.WriteAtomically(path, temporary => File.WriteAllText(temporary, json));
    }
}
