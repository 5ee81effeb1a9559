using Reporting.Reports.Excel;
using Reporting.Reports.Output;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reporting.Reports.Html;

/// <summary>
/// Renders the Scriban templates of a folder (read at every render, so an edited template changes
/// the next report): strict variables, vi-VN culture, snake_case members, and every value written
/// HTML-escaped — a household head named <c>&lt;script&gt;</c> renders as text. Only the output of
/// <c>include</c> (a partial of the same folder) goes out as it is.
/// </summary>
public sealed class HtmlTemplates(string folder)
{
    public string Render(string templateName, object model)
    {
        // No loop or string limits: a province's named exemplars run to thousands of rows, a chart's data URI to 100 KB.
        var context = new EscapingContext { StrictVariables = true, MemberRenamer = StandardMemberRenamer.Default, LoopLimit = 0, LimitToString = 0 };
        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        globals.SetValue("vi", Functions(), readOnly: true);
        globals.Import("include", new Func<TemplateContext, string, RawHtml>(Include));
        context.PushGlobal(globals);
        context.PushCulture(Vietnamese.Culture);
        return Run(templateName, () => Parse(templateName).Render(context));
    }

    private static ScriptObject Functions()
    {
        var functions = new ScriptObject();
        functions.Import("number", new Func<long, string>(Vietnamese.Number));
        functions.Import("percent", new Func<decimal?, string>(Vietnamese.Percent));
        functions.Import("points", new Func<decimal?, string>(Vietnamese.Points));
        functions.Import("gap", new Func<decimal?, string>(Vietnamese.Gap));
        return functions;
    }

    private RawHtml Include(TemplateContext context, string name)
    {
        var template = Parse(name);
        context.PushOutput();
        try
        {
            return new RawHtml(template.Render(context));
        }
        finally
        {
            context.PopOutput();
        }
    }

    private Template Parse(string name)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
            throw new TemplateException($"Không tìm thấy mẫu '{name}' trong {folder}.");
        var template = Template.Parse(File.ReadAllText(path), name);
        if (template.HasErrors)
            throw new TemplateException($"Mẫu '{name}' có lỗi: {string.Join("; ", template.Messages)}");
        return template;
    }

    /// <summary>A template name is a file of the folder: no path may lead outside it.</summary>
    private string PathOf(string name)
    {
        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, name));
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new TemplateException($"Mẫu '{name}' nằm ngoài thư mục mẫu.");
    }

    private static string Run(string templateName, Func<string> render)
    {
        try
        {
            return render();
        }
        catch (ScriptRuntimeException exception)
        {
            // The message starts with the template's name, line and column: "bao-cao-tong-ket.html(12,5) : error : …".
            throw new TemplateException($"Mẫu '{templateName}' lỗi khi điền số liệu: {exception.Message}");
        }
    }

    /// <summary>Already-rendered HTML (a partial) that must not be escaped again.</summary>
    private sealed record RawHtml(string Html)
    {
        public override string ToString() => Html;
    }

    private sealed class EscapingContext : TemplateContext
    {
        public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
        {
            null => base.Write(span, null),
            RawHtml raw => base.Write(span, raw.Html),
            var value => base.Write(span, Escape(ObjectToString(value) ?? string.Empty)),
        };

        /// <summary>Only the five characters that matter are escaped: Vietnamese letters stay readable in the source.</summary>
        private static string Escape(string text) => text
            .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
    }
}
