using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Output;
using Reporting.Reports.Excel;

namespace Reporting.Reports.Word;

/// <summary>
/// A report page written as a Word document from a template the association styles in Word: the
/// template's page setup, styles, headers and blocks stay; its <c>{{ placeholders }}</c> are filled
/// (<c>{{ title }}</c> and <c>{{ summary }}</c> from the page's <c>h1</c> and <c>p.subtitle</c>,
/// <c>{{ body }}</c> by the page's content, <c>{{ recipient }}</c> once per recipient, the others
/// from the values given).
/// </summary>
public static partial class WordReport
{
    public const string Body = "body";
    public const string Recipient = "recipient";

    public static void Write(string template, string path, IDocument page, IReadOnlyDictionary<string, string> values, IReadOnlyList<string> recipients, DateTime savedAt)
    {
        if (!File.Exists(template))
            throw new TemplateException($"{Path.GetFileName(template)}: the Word template of the report is missing from {Path.GetDirectoryName(template)}.");
        OutputFile.WriteAtomically(path, temporary =>
        {
            File.Copy(template, temporary, overwrite: true);
            using var document = WordprocessingDocument.Open(temporary, isEditable: true);
            var main = document.MainDocumentPart ?? throw new TemplateException($"{Path.GetFileName(template)} is not a Word document.");
            var body = main.Document?.Body ?? throw new TemplateException($"{Path.GetFileName(template)} has no body.");
            Fill(Path.GetFileName(template), main, body, page, values, recipients);
            document.PackageProperties.Title = page.QuerySelector("h1")?.TextContent.Trim();
            document.PackageProperties.Creator = values.GetValueOrDefault("issuing_body");
            document.PackageProperties.Created = document.PackageProperties.Modified = savedAt;
        });
    }

    private static void Fill(string name, MainDocumentPart main, Body body, IDocument page, IReadOnlyDictionary<string, string> values, IReadOnlyList<string> recipients)
    {
        var filled = false;
        foreach (var paragraph in body.Descendants<Paragraph>().ToList())
        {
            var text = string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));
            var tokens = Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToList();
            if (tokens.Count == 0)
                continue;
            var properties = paragraph.Descendants<RunProperties>().FirstOrDefault();
            if (tokens.Contains(Body))
            {
                if (paragraph.Parent is not DocumentFormat.OpenXml.Wordprocessing.Body)
                    throw new TemplateException($"{name}: {{{{ {Body} }}}} must be a paragraph of its own in the document, not inside a table.");
                var converter = new HtmlToWord(main, TextWidth(body));
                foreach (var element in converter.Convert(page.Body!).Reverse())
                    paragraph.InsertAfterSelf(element);
                paragraph.Remove();
                filled = true;
            }
            else if (tokens.Contains(Recipient))
            {
                foreach (var recipient in recipients.Reverse())
                    paragraph.InsertAfterSelf(WithText(paragraph, properties, text.Replace(Placeholder().Match(text).Value, recipient, StringComparison.Ordinal)));
                paragraph.Remove();
            }
            else if (tokens.Contains("title") || tokens.Contains("summary"))
            {
                var source = tokens.Contains("title") ? page.QuerySelector("h1") : page.QuerySelector("p.subtitle");
                paragraph.RemoveAllChildren<Run>();
                if (source is not null)
                    paragraph.Append(HtmlToWord.Runs(source, false, false));
            }
            else
            {
                var replaced = Placeholder().Replace(text, match => values.TryGetValue(match.Groups[1].Value, out var value) ? value
                    : throw new TemplateException($"{name}: {match.Value} is not a placeholder of the report; use one of {string.Join(", ", values.Keys.Concat([Body, Recipient, "title", "summary"]).Select(k => $"{{{{ {k} }}}}"))}."));
                paragraph.InsertAfterSelf(WithText(paragraph, properties, replaced));
                paragraph.Remove();
            }
        }
        if (!filled)
            throw new TemplateException($"{name}: the template has no paragraph {{{{ {Body} }}}} where the report's text goes.");
    }

    private static Paragraph WithText(Paragraph paragraph, RunProperties? properties, string text)
    {
        var copy = (Paragraph)paragraph.CloneNode(true);
        copy.RemoveAllChildren<Run>();
        var run = new Run();
        if (properties is not null)
            run.Append(properties.CloneNode(true));
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        copy.Append(run);
        return copy;
    }

    /// <summary>The width between the margins, in twentieths of a point, that tables and pictures fill.</summary>
    private static int TextWidth(Body body)
    {
        var section = body.Elements<SectionProperties>().LastOrDefault();
        var width = (int?)section?.GetFirstChild<PageSize>()?.Width?.Value ?? 11906;
        var margins = section?.GetFirstChild<PageMargin>();
        return width - (int)(margins?.Left?.Value ?? 1701) - (int)(margins?.Right?.Value ?? 1134);
    }

    [GeneratedRegex(@"\{\{\s*([a-z_]+)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
