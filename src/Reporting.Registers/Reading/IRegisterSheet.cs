namespace Reporting.Registers.Reading;

/// <summary>A grid of cells, 1-based like Excel, whatever file it came from.</summary>
public interface IRegisterSheet
{
    string Name { get; }
    int LastRow { get; }
    int LastColumn { get; }

    /// <summary>The cell's value: string, double, bool, DateTime or null.</summary>
    object? Value(int row, int column);

    /// <summary>The cell as Excel displays it (its number format applied).</summary>
    string DisplayText(int row, int column);

    /// <summary>A formula its writer saved without computing it: no value to read, and not a blank cell either.</summary>
    bool IsUncalculated(int row, int column);
}
