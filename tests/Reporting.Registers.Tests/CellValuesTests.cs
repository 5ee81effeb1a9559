using Reporting.Domain.Registers;
using Reporting.Registers.Reading;

namespace Reporting.Registers.Tests;

[TestClass]
public sealed class CellValuesTests
{
    [TestMethod]
    [DataRow("x")]
    [DataRow("X")]
    [DataRow("✓")]
    [DataRow("1")]
    [DataRow("có")]
    [DataRow("Có")]
    [DataRow("TRUE")]
    [DataRow(" x ")]
    [DataRow("v")]
    [DataRow("V")]
    [DataRow("✔")]
    [DataRow("☑")]
    [DataRow("\u00A0x\u00A0")]
    public void True_flags_are_read(string cell) => Assert.IsTrue(CellValues.Flag(cell));

    [TestMethod]
    [DataRow("")]
    [DataRow("0")]
    [DataRow("không")]
    [DataRow("FALSE")]
    [DataRow(null)]
    public void False_flags_are_read(string? cell) => Assert.IsFalse(CellValues.Flag(cell));

    [TestMethod]
    public void Numeric_and_boolean_flag_cells_are_read()
    {
        Assert.IsTrue(CellValues.Flag(1d));
        Assert.IsFalse(CellValues.Flag(0d));
        Assert.IsTrue(CellValues.Flag(true));
    }

    [TestMethod]
    [DataRow("có lẽ")]
    [DataRow("yes")]
    [DataRow("2")]
    [DataRow("☒")]
    [DataRow("✗")]
    public void Other_flag_values_are_unreadable(string cell) => Assert.IsNull(CellValues.Flag(cell));

    [TestMethod]
    [DataRow("Đạt", EvaluationResult.Passed)]
    [DataRow("ĐẠT", EvaluationResult.Passed)]
    [DataRow("dat", EvaluationResult.Passed)]
    [DataRow("Không đạt", EvaluationResult.NotPassed)]
    [DataRow("khong dat", EvaluationResult.NotPassed)]
    public void Results_are_read_in_any_case_with_or_without_diacritics(string cell, EvaluationResult expected)
    {
        Assert.AreEqual(expected, CellValues.Result(cell, out var readable));
        Assert.IsTrue(readable);
    }

    [TestMethod]
    public void Blank_result_means_not_evaluated()
    {
        Assert.IsNull(CellValues.Result("  ", out var readable));
        Assert.IsTrue(readable);
    }

    [TestMethod]
    public void Other_results_are_unreadable()
    {
        CellValues.Result("Tốt", out var readable);
        Assert.IsFalse(readable);
    }

    [TestMethod]
    [DataRow("05/03/2018")]
    [DataRow("5/3/2018")]
    [DataRow("2018-03-05")]
    [DataRow("05-03-2018")]
    [DataRow("5.3.2018")]
    [DataRow("05/03/18")]
    [DataRow("5-3-18")]
    [DataRow("2018/03/05")]
    [DataRow("2018.3.5")]
    [DataRow("05/03/2018 00:00:00")]
    public void Text_dates_day_first_with_any_separator_and_two_or_four_digit_years_are_read(string cell) =>
        Assert.AreEqual(new DateOnly(2018, 3, 5), CellValues.Date(cell));

    [TestMethod]
    public void Excel_dates_are_read()
    {
        Assert.AreEqual(new DateOnly(2018, 3, 5), CellValues.Date(new DateTime(2018, 3, 5)));
        Assert.AreEqual(new DateOnly(2018, 3, 5), CellValues.Date(new DateTime(2018, 3, 5).ToOADate()));
    }

    [TestMethod]
    [DataRow("31/02/2018")]
    [DataRow("3/25/2018")]
    [DataRow("05/03-2018")]
    [DataRow("5/3")]
    [DataRow("05/03/218")]
    [DataRow("18/03/05/")]
    [DataRow("hôm qua")]
    public void Other_dates_are_unreadable(string cell) => Assert.IsNull(CellValues.Date(cell));

    [TestMethod]
    public void Vietnamese_decimal_comma_is_read() => Assert.AreEqual(8.5m, CellValues.Number("8,5"));

    [TestMethod]
    [DataRow("1.000", 1000)]
    [DataRow("12.345.678", 12345678)]
    [DataRow("1.5", 1.5)]
    [DataRow("0.125", 0.125)]
    [DataRow("1.000,5", 1000.5)]
    public void Text_numbers_read_the_way_a_Vietnamese_clerk_types_them(string cell, double expected) =>
        Assert.AreEqual((decimal)expected, CellValues.Number(cell));

    [TestMethod]
    public void Number_beyond_any_count_is_unreadable_not_a_crash()
    {
        Assert.IsNull(CellValues.Number(1e300));
        Assert.IsNull(CellValues.Number(double.NaN));
        Assert.IsNull(CellValues.Number(float.PositiveInfinity));
    }
}
