using Microsoft.Extensions.Options;
using Reporting.Data;
using Reporting.Data.Ledger;
using Reporting.Domain.Requests;
using Reporting.Output.Mail;
using Reporting.Registers.Pulling.Mailboxes;
using Reporting.Registers.Reading;

namespace Reporting.Registers.Pulling.Sources;

/// <summary>The sources of a pull: a tree of folders someone names, or those configured under <c>Sources</c>.</summary>
public sealed class RegisterSources(IOptions<SourcesOptions> options, RegisterReadingContext context, FileVault vault, HttpClient client,
    SmtpSender smtp, RegisterStore store, IOptions<StorageOptions> storage)
{
    /// <summary>A folder laid out as <c>communes/&lt;code&gt;/…</c> and <c>districts/&lt;code&gt;/…</c>.</summary>
    public IReadOnlyList<IRegisterSource> FromTree(string tree)
    {
        if (!Directory.Exists(tree))
            throw new InvalidRequestException("source", $"Thư mục '{tree}' không có.", $"folder '{tree}' does not exist.");
        var sources = FolderSource.ForTree(tree, vault, context.Limits).ToList();
        return sources.Count > 0
            ? sources
            : throw new InvalidRequestException("source", $"Thư mục '{tree}' không có thư mục communes/ hay districts/.",
                $"folder '{tree}' has neither a communes/ nor a districts/ folder.");
    }

    public IReadOnlyList<IRegisterSource> Configured()
    {
        IReadOnlyList<IRegisterSource> sources =
        [
            .. options.Value.Folders.Select(f => new FolderSource(f.Name, f.UnitLevel, f.Path, vault, context.Limits)),
            .. options.Value.Http.Select(h => new HttpSource(h.ToSettings(), client, context.Units, context.Period, context.Limits)),
            .. options.Value.Mailboxes.Select(m => new MailboxSource(m, smtp, context.Limits,
                new MailboxAnswers(store, context.Units, storage.Value.OutputFolder, m.UploadPageUrl))),
        ];
        return sources.Count > 0
            ? sources
            : throw new InvalidRequestException("source", "Chưa cấu hình nguồn sổ nào (Sources:Folders, Sources:Http hoặc Sources:Mailboxes).",
                "give --source DIR or configure Sources:Folders, Sources:Http or Sources:Mailboxes in appsettings.json.");
    }
}
