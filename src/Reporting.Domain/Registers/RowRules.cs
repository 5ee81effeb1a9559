using System.Globalization;
using static Reporting.Domain.Registers.WorkflowColumns;

namespace Reporting.Domain.Registers;

/// <summary>
/// The five row rules of the register format, plus the columns that become required once a step
/// is taken. A row that breaks any of them is not counted anywhere.
/// </summary>
public static class RowRules
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IReadOnlyList<RowError> Check(Workflow row, int registerYear, DateOnly updatedOn)
    {
        var errors = new List<RowError>();
        CheckRequired(row, errors);
        CheckSteps(row, errors);
        CheckDateOrder(row, errors);
        CheckDatesInYear(row, registerYear, errors);
        CheckNotAfterUpdate(row, updatedOn, errors);
        CheckScore(row, errors);
        return errors;
    }

    private static void CheckRequired(Workflow row, List<RowError> errors)
    {
        if (row.Registered && row.RegisteredOn is null)
            errors.Add(Required(RegisteredOn, "đã đăng ký", "registered"));
        if (row.Result is not null && row.EvaluatedOn is null)
            errors.Add(Required(EvaluatedOn, "đã có kết quả đánh giá", "evaluated"));
        if (row.Recognized && string.IsNullOrEmpty(row.DecisionNumber))
            errors.Add(Required(DecisionNumber, "đã công nhận", "recognised"));
        if (row.Recognized && row.RecognizedOn is null)
            errors.Add(Required(RecognizedOn, "đã công nhận", "recognised"));
    }

    private static RowError Required(string column, string whenVi, string whenEn) => new(
        column, RowRule.Required,
        $"Thiếu \"{column}\": bắt buộc khi {whenVi}.",
        $"\"{column}\" is missing: it is required when {whenEn}.");

    private static void CheckSteps(Workflow row, List<RowError> errors)
    {
        if (row.Recognized && !row.Registered)
            errors.Add(new(Recognized, RowRule.RecognitionSteps,
                "Đã công nhận nhưng chưa đăng ký.",
                "Recognised but not registered."));
        if (row.Recognized && row.Result != EvaluationResult.Passed)
            errors.Add(new(Recognized, RowRule.RecognitionSteps,
                "Đã công nhận nhưng kết quả đánh giá không phải \"Đạt\".",
                "Recognised but the evaluation result is not \"Đạt\"."));
        if (row.Result is not null && !row.Registered)
            errors.Add(new(Result, RowRule.EvaluationNeedsRegistration,
                "Có kết quả đánh giá nhưng chưa đăng ký.",
                "Evaluated but not registered."));
    }

    private static void CheckDateOrder(Workflow row, List<RowError> errors)
    {
        if (row.RegisteredOn is { } registered && row.EvaluatedOn is { } evaluated && evaluated < registered)
            errors.Add(new(EvaluatedOn, RowRule.DateOrder,
                $"Ngày đánh giá {Show(evaluated)} trước ngày đăng ký {Show(registered)}.",
                $"Evaluated on {Iso(evaluated)}, before the registration on {Iso(registered)}."));
        var previous = row.EvaluatedOn ?? row.RegisteredOn;
        if (previous is { } before && row.RecognizedOn is { } recognized && recognized < before)
            errors.Add(new(RecognizedOn, RowRule.DateOrder,
                $"Ngày công nhận {Show(recognized)} trước ngày {Show(before)} của bước trước.",
                $"Recognised on {Iso(recognized)}, before the previous step on {Iso(before)}."));
    }

    private static void CheckDatesInYear(Workflow row, int year, List<RowError> errors)
    {
        if (row.RegisteredOn is { } registered && registered.Year != year)
            errors.Add(OutsideYear(RegisteredOn, registered, year));
        if (row.EvaluatedOn is { } evaluated && evaluated.Year != year)
            errors.Add(OutsideYear(EvaluatedOn, evaluated, year));
        if (row.RecognizedOn is { } recognized &&
            (recognized.Year < year || recognized > Figures.FiguresPeriod.RecognitionDeadline(year)))
            errors.Add(new(RecognizedOn, RowRule.DateOrder,
                $"Ngày công nhận {Show(recognized)} phải trong năm {year} hoặc đến hết 31/03/{year + 1}.",
                $"Recognition date {Iso(recognized)} must fall in {year} or by 31 March {year + 1}."));
    }

    private static RowError OutsideYear(string column, DateOnly date, int year) => new(
        column, RowRule.DateOrder,
        $"\"{column}\" {Show(date)} không thuộc năm {year} của sổ.",
        $"\"{column}\" {Iso(date)} is outside the register year {year}.");

    private static void CheckNotAfterUpdate(Workflow row, DateOnly updatedOn, List<RowError> errors)
    {
        CheckNotAfterUpdate(RegisteredOn, row.RegisteredOn, updatedOn, errors);
        CheckNotAfterUpdate(EvaluatedOn, row.EvaluatedOn, updatedOn, errors);
        CheckNotAfterUpdate(RecognizedOn, row.RecognizedOn, updatedOn, errors);
    }

    private static void CheckNotAfterUpdate(string column, DateOnly? date, DateOnly updatedOn, List<RowError> errors)
    {
        if (date is { } day && day > updatedOn)
            errors.Add(new(column, RowRule.AfterUpdate,
                $"\"{column}\" {Show(day)} sau ngày cập nhật sổ {Show(updatedOn)}.",
                $"\"{column}\" {Iso(day)} is later than the register's update date {Iso(updatedOn)}."));
    }

    private static void CheckScore(Workflow row, List<RowError> errors)
    {
        if (row.Score is { } score && (score < 0 || score > 100))
            errors.Add(new(Score, RowRule.ScoreRange,
                $"Điểm {score.ToString(Vietnamese)} phải từ 0 đến 100.",
                $"Score {score.ToString(CultureInfo.InvariantCulture)} must be between 0 and 100."));
    }

    private static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
