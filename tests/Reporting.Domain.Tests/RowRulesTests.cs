using Reporting.Domain.Registers;

namespace Reporting.Domain.Tests;

[TestClass]
public sealed class RowRulesTests
{
    private const int Year = 2018;
    private static readonly DateOnly UpdatedOn = new(2019, 4, 15);

    private static readonly Workflow Recognized = new(
        Registered: true, RegisteredOn: new(2018, 2, 1), Score: 90, Result: EvaluationResult.Passed,
        EvaluatedOn: new(2018, 10, 15), Recognized: true, DecisionNumber: "15/QĐ-UBND", RecognizedOn: new(2018, 12, 20), Note: null);

    private static IReadOnlyList<string> RulesBroken(Workflow row) =>
        RowRules.Check(row, Year, UpdatedOn).Select(e => e.Rule.Code()).ToList();

    [TestMethod]
    public void Complete_recognised_row_breaks_no_rule() =>
        Assert.IsEmpty(RowRules.Check(Recognized, Year, UpdatedOn));

    [TestMethod]
    public void Blank_row_breaks_no_rule() =>
        Assert.IsEmpty(RowRules.Check(Workflow.None, Year, UpdatedOn));

    [TestMethod]
    public void Recognised_row_without_registration_is_rejected() =>
        CollectionAssert.Contains(RulesBroken(Recognized with { Registered = false, RegisteredOn = null }).ToList(), "rule-1");

    [TestMethod]
    public void Recognised_row_that_did_not_pass_is_rejected() =>
        CollectionAssert.Contains(RulesBroken(Recognized with { Result = EvaluationResult.NotPassed }).ToList(), "rule-1");

    [TestMethod]
    public void Evaluated_row_without_registration_is_rejected() =>
        CollectionAssert.AreEqual(new[] { "rule-2" },
            RulesBroken(Recognized with { Registered = false, RegisteredOn = null, Recognized = false, DecisionNumber = null, RecognizedOn = null }).ToList());

    [TestMethod]
    public void Evaluation_before_registration_is_rejected()
    {
        var errors = RowRules.Check(Recognized with { EvaluatedOn = new DateOnly(2018, 1, 15) }, Year, UpdatedOn);
        Assert.AreEqual("rule-3", errors.Single().Rule.Code());
        Assert.AreEqual(WorkflowColumns.EvaluatedOn, errors.Single().Column);
    }

    [TestMethod]
    public void Recognition_before_evaluation_is_rejected() =>
        CollectionAssert.AreEqual(new[] { "rule-3" }, RulesBroken(Recognized with { RecognizedOn = new DateOnly(2018, 10, 1) }).ToList());

    [TestMethod]
    public void Registration_outside_the_register_year_is_rejected() =>
        CollectionAssert.AreEqual(new[] { "rule-3" }, RulesBroken(Recognized with { RegisteredOn = new DateOnly(2017, 12, 30) }).ToList());

    [TestMethod]
    public void Recognition_up_to_31_March_of_the_next_year_is_accepted() =>
        Assert.IsEmpty(RowRules.Check(Recognized with { RecognizedOn = new DateOnly(2019, 3, 31) }, Year, UpdatedOn));

    [TestMethod]
    public void Recognition_after_31_March_of_the_next_year_is_rejected() =>
        CollectionAssert.AreEqual(new[] { "rule-3" }, RulesBroken(Recognized with { RecognizedOn = new DateOnly(2019, 4, 1) }).ToList());

    [TestMethod]
    public void Date_after_the_register_update_is_rejected()
    {
        var errors = RowRules.Check(Recognized, Year, updatedOn: new DateOnly(2018, 12, 1));
        Assert.AreEqual("rule-4", errors.Single().Rule.Code());
        Assert.AreEqual(WorkflowColumns.RecognizedOn, errors.Single().Column);
    }

    [TestMethod]
    [DataRow(-1)]
    [DataRow(100.5)]
    [DataRow(150)]
    public void Score_outside_0_to_100_is_rejected(double score) =>
        CollectionAssert.AreEqual(new[] { "rule-5" }, RulesBroken(Recognized with { Score = (decimal)score }).ToList());

    [TestMethod]
    [DataRow(0)]
    [DataRow(100)]
    public void Score_at_the_bounds_is_accepted(double score) =>
        Assert.IsEmpty(RowRules.Check(Recognized with { Score = (decimal)score }, Year, UpdatedOn));

    [TestMethod]
    public void Registration_without_its_date_is_rejected() =>
        CollectionAssert.AreEqual(new[] { "required" }, RulesBroken(Workflow.None with { Registered = true }).ToList());

    [TestMethod]
    public void Recognition_without_decision_number_is_rejected()
    {
        var error = RowRules.Check(Recognized with { DecisionNumber = null }, Year, UpdatedOn).Single();
        Assert.AreEqual("required", error.Rule.Code());
        Assert.AreEqual(WorkflowColumns.DecisionNumber, error.Column);
        StringAssert.Contains(error.MessageVi, "Số quyết định");
    }
}
