namespace Reporting.Registers.Pulling;

/// <summary>Register file names such as <c>22936_2017.xlsx</c> or <c>22936_2017_GiaDinh.csv</c>: only hints, the register decides.</summary>
public static class RegisterFileNames
{
    public static int? YearHint(string fileName)
    {
        var parts = Path.GetFileNameWithoutExtension(fileName).Split('_');
        return parts.Length >= 2 && parts[1].Length == 4 && int.TryParse(parts[1], out var year) ? year : null;
    }
}
