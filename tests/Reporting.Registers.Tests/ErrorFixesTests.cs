using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Registers.ErrorReports;

namespace Reporting.Registers.Tests;

[TestClass]
public sealed class ErrorFixesTests
{
    private static RowIssue Issue(RowRule rule, string column, string messageEn = "") =>
        new("GiaDinh", 4, Title.Family, "23272", IssueSeverity.Error, new RowError(column, rule, "", messageEn), []);

    [TestMethod]
    public void Every_rule_says_how_to_mend_the_row_in_its_own_words()
    {
        var fixes = Enum.GetValues<RowRule>().Select(rule => ErrorFixes.For(Issue(rule, "Mã hộ")).HowVi).ToList();

        Assert.DoesNotContain("Sửa theo lý do nêu.", fixes, "a rule without its own way to mend it");
        Assert.AreEqual(fixes.Count, fixes.Distinct().Count(), "no two rules mended in the same words");
    }

    [TestMethod]
    public void A_row_recognised_before_it_was_registered_is_mended_in_its_registration_and_one_not_passed_in_its_result()
    {
        Assert.AreEqual(WorkflowColumns.Registered,
            ErrorFixes.For(Issue(RowRule.RecognitionSteps, WorkflowColumns.Recognized, "Recognised but not registered.")).Column);
        Assert.AreEqual(WorkflowColumns.Result,
            ErrorFixes.For(Issue(RowRule.RecognitionSteps, WorkflowColumns.Recognized, "Recognised but the evaluation result is not \"Đạt\".")).Column);
        Assert.AreEqual(WorkflowColumns.Registered, ErrorFixes.For(Issue(RowRule.EvaluationNeedsRegistration, WorkflowColumns.Result)).Column);
    }
}
