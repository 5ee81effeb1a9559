using System.Globalization;
using Reporting.Domain.Registers;

namespace Reporting.Domain.Circular44;

/// <summary>
/// The points available per criterion and the bands that turn a total into a class. Configurable,
/// because the official allocation may differ from the defaults of the register format page.
/// </summary>
public sealed record Circular44Scale(IReadOnlyList<decimal> CriterionMaxima, decimal Good, decimal Fair, decimal Average)
{
    public static Circular44Scale Default { get; } = new(
        [.. Enumerable.Repeat(7m, 10), .. Enumerable.Repeat(6m, 5)], Good: 85, Fair: 70, Average: 50);

    public int CriterionCount => CriterionMaxima.Count;

    public Classification Classify(decimal total) =>
        total >= Good ? Classification.Good
        : total >= Fair ? Classification.Fair
        : total >= Average ? Classification.Average
        : Classification.Unclassified;

    /// <summary>The errors of a district's row: criteria over their maxima, a wrong total, a wrong class.</summary>
    public IReadOnlyList<RowError> Check(IReadOnlyList<decimal> criteria, decimal total, Classification classification)
    {
        var errors = new List<RowError>();
        for (var i = 0; i < criteria.Count; i++)
        {
            if (criteria[i] < 0 || criteria[i] > CriterionMaxima[i])
                errors.Add(new($"TC{i + 1}", RowRule.Circular44Criterion,
                    $"TC{i + 1} = {Format(criteria[i])} vượt quá khoảng 0–{Format(CriterionMaxima[i])} điểm.",
                    $"TC{i + 1} = {Format(criteria[i])} is outside 0–{Format(CriterionMaxima[i])} points."));
        }
        var sum = criteria.Sum();
        if (sum != total)
            errors.Add(new("Tổng điểm", RowRule.Circular44Total,
                $"Tổng điểm {Format(total)} khác tổng các tiêu chí {Format(sum)}.",
                $"Total {Format(total)} differs from the sum of the criteria {Format(sum)}."));
        var expected = Classify(sum);
        if (expected != classification)
            errors.Add(new("Xếp loại", RowRule.Circular44Class,
                $"Xếp loại \"{classification.Vietnamese()}\" không đúng: {Format(sum)} điểm là \"{expected.Vietnamese()}\".",
                $"Class \"{classification.Vietnamese()}\" is wrong: {Format(sum)} points is \"{expected.Vietnamese()}\"."));
        return errors;
    }

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));
}
