using System.Globalization;
using Reporting.Reports.Output;

namespace Reporting.Reports.Conference;

/// <summary>
/// The Decree 30 blocks of one pack's report as they are printed: the issuing body under its
/// superior, "Số: …/BC-BCĐ", "Phan Thiết, ngày … tháng … năm …", the recipients and the signature.
/// A value not configured prints as the blank a secretary fills in by hand.
/// </summary>
public sealed record ReportIssuer(
    string SuperiorBody, string IssuingBody, string Number, string PlaceDate,
    string OnBehalf, string SignerTitle, string SignerName, IReadOnlyList<string> Recipients)
{
    private const string Blank = "…";
    private const string SteeringCommittee = "BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP";

    /// <summary>The Word template's placeholders this issuer fills.</summary>
    public IReadOnlyDictionary<string, string> Values => new Dictionary<string, string>
    {
        ["superior_body"] = SuperiorBody, ["issuing_body"] = IssuingBody, ["number"] = Number, ["place_date"] = PlaceDate,
        ["on_behalf"] = OnBehalf, ["signer_title"] = SignerTitle, ["signer_name"] = SignerName,
    };

    public static ReportIssuer For(PackModel pack, ConferenceOptions options)
    {
        var configured = pack.IsProvince ? options.Province : options.Districts.GetValueOrDefault(pack.UnitCode) ?? new IssuerOption();
        var superior = pack.IsProvince ? "UBND TỈNH BÌNH THUẬN" : "UBND " + pack.UnitName.ToUpper(Vietnamese.Culture);
        string[] recipients = pack.IsProvince
            ? ["Ban Chỉ đạo xây dựng xã hội học tập Trung ương (b/c);", "Thường trực Tỉnh ủy, UBND tỉnh (b/c);", "Thành viên Ban Chỉ đạo tỉnh;",
               "Hội Khuyến học tỉnh;", "Ban Chỉ đạo các huyện, thị xã, thành phố;", "Lưu: VT."]
            : ["Ban Chỉ đạo xây dựng xã hội học tập tỉnh (b/c);", $"UBND {pack.UnitName.ToLower(Vietnamese.Culture)} (b/c);", "Thành viên Ban Chỉ đạo;",
               $"Hội Khuyến học {pack.UnitName.ToLower(Vietnamese.Culture)};", "UBND các xã, phường, thị trấn;", "Lưu: VT."];
        var suffix = Text(configured.NumberSuffix) ?? IssuerOption.DefaultSuffix;
        return new ReportIssuer(
            Text(configured.SuperiorBody) ?? superior,
            Text(configured.IssuingBody) ?? SteeringCommittee,
            // Decree 30 writes the number from 01; a blank number keeps room for the clerk's pen.
            $"{(Text(configured.Number) is { } number ? Padded(number) : "      ")}/{suffix}",
            $"{Text(configured.Place) ?? (pack.IsProvince ? "Phan Thiết" : Blank)}, {DateInWords(configured.Date)}",
            Text(configured.OnBehalf) ?? "TM. BAN CHỈ ĐẠO",
            Text(configured.SignerTitle) ?? "TRƯỞNG BAN",
            Text(configured.SignerName) ?? "",
            configured.Recipients.Count > 0 ? configured.Recipients.Select(r => "- " + r.Trim().TrimStart('-', ' ')).ToList() : recipients.Select(r => "- " + r).ToList());
    }

    /// <summary>"ngày 05 tháng 02 năm 2019": days below 10 and the months January and February take a leading zero (Decree 30, Appendix I).</summary>
    public static string DateInWords(DateOnly? date) => date is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"ngày {d.Day:00} tháng {(d.Month < 3 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year}")
        : $"ngày {Blank} tháng {Blank} năm {Blank}";

    private static string Padded(string number) => number.Length == 1 && char.IsDigit(number[0]) ? "0" + number : number;

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
