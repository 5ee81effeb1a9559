namespace Reporting.Reports.Output;

/// <summary>
/// An amount as a finance document writes it out (<i>Bằng chữ</i>): "Một tỷ bảy trăm tám mươi hai
/// triệu không trăm linh năm nghìn đồng". Groups of three digits from the highest; a group after the
/// first reads its zero hundreds and zero tens ("không trăm linh năm").
/// </summary>
public static class AmountInWords
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    private static readonly string[] Scales = ["", "nghìn", "triệu", "tỷ"];

    public static string Dong(long amount)
    {
        if (amount < 0)
            return "Âm " + Dong(-amount).ToLowerInvariant();
        var words = amount == 0 ? "không" : Words(amount);
        return char.ToUpperInvariant(words[0]) + words[1..] + " đồng";
    }

    private static string Words(long amount)
    {
        // Above the thousand billion the scale repeats: "một nghìn tỷ".
        if (amount >= 1_000_000_000_000)
            return $"{Words(amount / 1_000_000_000)} tỷ" + (amount % 1_000_000_000 == 0 ? "" : " " + Groups(amount % 1_000_000_000, leading: false));
        return Groups(amount, leading: true);
    }

    private static string Groups(long amount, bool leading)
    {
        var groups = new List<int>();
        for (var rest = amount; rest > 0; rest /= 1000)
            groups.Add((int)(rest % 1000));
        if (!leading)
            while (groups.Count < 3)
                groups.Add(0);
        var parts = new List<string>();
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            if (groups[i] == 0)
                continue;
            var first = leading && i == groups.Count - 1;
            parts.Add(Group(groups[i], full: !first) + (Scales[i].Length > 0 ? " " + Scales[i] : ""));
        }
        return string.Join(" ", parts);
    }

    /// <summary>A group of three digits; <paramref name="full"/> reads its zero hundreds, as a group after the first does.</summary>
    private static string Group(int number, bool full)
    {
        var (hundreds, tens, units) = (number / 100, number / 10 % 10, number % 10);
        var words = new List<string>();
        if (hundreds > 0 || full)
            words.Add($"{Digits[hundreds]} trăm");
        if (tens == 0)
        {
            if (units > 0 && words.Count > 0)
                words.Add("linh");
        }
        else
            words.Add(tens == 1 ? "mười" : $"{Digits[tens]} mươi");
        if (units > 0)
            words.Add(units switch
            {
                1 when tens > 1 => "mốt",
                5 when tens > 0 => "lăm",
                _ => Digits[units],
            });
        return string.Join(" ", words);
    }
}
