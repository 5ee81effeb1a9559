using Reporting.Registers.Schema;

namespace Reporting.Registers.Reading;

/// <summary>
/// Sheets are found by name as headers are: without case, diacritics, spaces or underscores
/// (<c>Thôn</c>, <c>Gia đình</c>, <c>GIA DINH</c>, <c>cdht xa</c>).
/// </summary>
internal static class SheetNames
{
    public static string Key(string name) => string.Concat(TextNormalizer.Fold(name).Where(c => !char.IsWhiteSpace(c) && c is not '_' and not '-'));

    public static Func<string, IRegisterSheet?> Lookup(IEnumerable<IRegisterSheet> sheets)
    {
        var byKey = new Dictionary<string, IRegisterSheet>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
            byKey.TryAdd(Key(sheet.Name), sheet);
        return name => byKey.GetValueOrDefault(Key(name));
    }
}
