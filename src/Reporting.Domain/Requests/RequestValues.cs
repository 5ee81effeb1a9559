using System.Globalization;
using Reporting.Domain.Registers;

namespace Reporting.Domain.Requests;

/// <summary>The values every job request reads the same way, with the same words when they are wrong.</summary>
public static class RequestValues
{
    /// <summary>Trimmed, or null when blank: an empty form field means "not given".</summary>
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Four digits, such as 2018.</summary>
    public static int Year(string parameter, string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new InvalidRequestException(parameter,
                $"Năm '{text}' không hợp lệ: nhập bốn chữ số, ví dụ 2018.", $"'{text}' is not a year like 2018.");
    }

    /// <summary>A year registers may speak for.</summary>
    public static int InProgramme(string parameter, int year, ProgrammePeriod programme) =>
        programme.Contains(year)
            ? year
            : throw new InvalidRequestException(parameter,
                $"Năm phải nằm trong {programme.FirstYear}–{programme.LastYear}.",
                $"the year must fall in {programme.FirstYear}–{programme.LastYear}.");
}
