using System.ComponentModel.DataAnnotations;
using Reporting.App.Web.Security;

namespace Reporting.IntegrationTests.Web;

/// <summary>The users' configuration is checked at start: each role with the units it needs, and no other.</summary>
[TestClass]
public sealed class WebOptionsTests
{
    private static readonly string Hash = UserDirectory.Hash("mat-khau");

    private static List<string> Errors(string role, params string[] units)
    {
        var options = new WebOptions { Users = [new WebUser { Name = "an", PasswordHash = Hash, Role = role, Units = [.. units] }] };
        return options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage!).ToList();
    }

    [TestMethod]
    [DataRow("unit", "23272")]
    [DataRow("unit", "602")]
    [DataRow("district", "602")]
    [DataRow("district", "593", "602")]
    [DataRow("admin")]
    [DataRow("viewer")]
    public void A_role_with_the_units_it_needs_is_accepted(string role, params string[] units) =>
        Assert.IsEmpty(Errors(role, units));

    [TestMethod]
    [DataRow("district", "", "has role district but no Units (the codes of the districts whose communes they approve)")]
    [DataRow("district", "23272", "unit '23272' of 'an' is not the code of a district")]
    [DataRow("unit", "", "has role unit but no Units")]
    [DataRow("unit", "60", "unit '60' of 'an' is not the code of a commune or district")]
    [DataRow("admin", "602", "lists Units but has role 'admin'; only roles unit and district have units")]
    [DataRow("huyen", "", "has role 'huyen'; use admin, viewer, unit or district")]
    public void A_role_without_the_units_it_needs_or_with_units_it_cannot_have_is_refused(string role, string unit, string error)
    {
        var errors = Errors(role, unit.Length == 0 ? [] : [unit]);
        Assert.IsTrue(errors.Any(e => e.Contains(error, StringComparison.Ordinal)), string.Join(" | ", errors));
    }
}
