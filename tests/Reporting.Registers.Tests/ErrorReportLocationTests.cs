using System.Text;
using Reporting.Output;

namespace Reporting.Registers.Tests;

/// <summary>File and unit names as a source may send them: none leads an error report outside <c>errors/</c> or past the filesystem's limits.</summary>
[TestClass]
public sealed class ErrorReportLocationTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "reports-output");

    [TestMethod]
    [DataRow("23272", "../../etc/passwd")]
    [DataRow("../../etc", "23272_2018.xlsx")]
    [DataRow("/etc", "/etc/passwd")]
    [DataRow("..", "..")]
    [DataRow("23272", "a\0b.xlsx")]
    [DataRow("23272\0/../..", "\\..\\..\\windows\\win.ini")]
    [DataRow("", "")]
    public void Report_stays_under_the_errors_folder_whatever_the_names(string unit, string fileName)
    {
        var path = Path.GetFullPath(Path.Combine(Root, ErrorReportLocation.RelativePath(2018, unit, fileName)));

        StringAssert.StartsWith(path, Path.Combine(Root, "errors", "2018") + Path.DirectorySeparatorChar);
        Assert.AreEqual(Path.Combine(Root, "errors", "2018"), Path.GetDirectoryName(Path.GetDirectoryName(path)), "exactly one folder (the unit) below the year");
        Assert.DoesNotContain("\0", path);
    }

    [TestMethod]
    public void Report_of_a_name_longer_than_the_filesystem_allows_can_be_written_and_stays_distinct()
    {
        var folder = Directory.CreateTempSubdirectory("long-names-").FullName;
        var first = new string('Ư', 240) + "A_2018.xlsx";
        var second = new string('Ư', 240) + "B_2018.xlsx";

        var firstPath = Path.Combine(folder, ErrorReportLocation.RelativePath(2018, "23272", first));
        var secondPath = Path.Combine(folder, ErrorReportLocation.RelativePath(2018, "23272", second));
        Directory.CreateDirectory(Path.GetDirectoryName(firstPath)!);
        File.WriteAllText(firstPath, "a");
        File.WriteAllText(secondPath, "b");

        Assert.IsLessThanOrEqualTo(255, Encoding.UTF8.GetByteCount(Path.GetFileName(firstPath)));
        Assert.AreNotEqual(firstPath, secondPath, "two long names that differ at the end keep two reports");
        Assert.AreEqual("a", File.ReadAllText(firstPath));
        Directory.Delete(folder, recursive: true);
    }

    [TestMethod]
    public void Names_that_differ_only_by_unicode_form_have_one_readable_report_name()
    {
        var composed = "Hòa Thắng_2018.xlsx".Normalize(NormalizationForm.FormC);
        var decomposed = composed.Normalize(NormalizationForm.FormD);

        var path = ErrorReportLocation.RelativePath(2018, "23272", composed);

        Assert.AreEqual(path, ErrorReportLocation.RelativePath(2018, "23272", decomposed));
        StringAssert.EndsWith(path, "Hòa_Thắng_2018-loi.xlsx".Normalize(NormalizationForm.FormC));
    }
}
