using System.Globalization;
using Reporting.Domain.Figures;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;

namespace Reporting.App.Web.Figures;

/// <summary>A period a form offers, as a select's option: a plain list works in every browser, where a month picker does not.</summary>
public sealed record PeriodChoice(string Value, string Label, string Group)
{
    public static IReadOnlyList<PeriodChoice> All(ProgrammePeriod programme, ProgrammeCalendar calendar)
    {
        var choices = programme.Years.Select(y => Of(FiguresPeriod.Year(y), "Năm")).ToList();
        choices.AddRange(calendar.Reviews.Where(r => r.WindowYears > 1).Select(r => Of(FiguresPeriod.Window(r.FromYear, r.Year), "Giai đoạn")));
        choices.AddRange(programme.Years.SelectMany(y => Enumerable.Range(1, 12).Select(m => Of(FiguresPeriod.AsOfMonth(y, m), "Tháng"))));
        return choices;
    }

    /// <summary>The choices in their groups, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<PeriodGroup> Grouped(IReadOnlyList<PeriodChoice> choices) =>
        choices.GroupBy(c => c.Group).Select(g => new PeriodGroup(g.Key, g.ToList())).ToList();

    private static PeriodChoice Of(FiguresPeriod period, string group)
    {
        var label = period.Vietnamese;
        return new(period.ToString(), char.ToUpper(label[0], CultureInfo.GetCultureInfo("vi-VN")) + label[1..], group);
    }
}

public sealed record PeriodGroup(string Name, IReadOnlyList<PeriodChoice> Choices);
