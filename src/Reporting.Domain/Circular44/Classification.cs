namespace Reporting.Domain.Circular44;

/// <summary>Commune-level learning community classes of Circular 44/2014/TT-BGDĐT.</summary>
public enum Classification
{
    Unclassified = 0,
    Average = 1,
    Fair = 2,
    Good = 3,
}

public static class ClassificationNames
{
    public static string Vietnamese(this Classification classification) => classification switch
    {
        Classification.Good => "Tốt",
        Classification.Fair => "Khá",
        Classification.Average => "Trung bình",
        Classification.Unclassified => "Không xếp loại",
        _ => throw new ArgumentOutOfRangeException(nameof(classification), classification, null),
    };
}
