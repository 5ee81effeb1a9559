using Reporting.Domain.Units;

namespace Reporting.Registers.Reading;

/// <summary>
/// Whom a file may speak for: the unit whose folder or URL it came from, or the units the sender
/// of a message may speak for.
/// </summary>
public sealed class ExpectedUnit
{
    public ExpectedUnit(string code, UnitLevel level)
    {
        Code = code;
        Level = level;
    }

    private ExpectedUnit(string sender, IReadOnlyList<string>? units)
    {
        Sender = sender;
        SenderUnits = units;
        Code = units is [var only] ? only : null;
    }

    /// <summary>A message's sender, who may speak for <paramref name="units"/>, or for any unit when it is null.</summary>
    public static ExpectedUnit FromSender(string sender, IReadOnlyList<string>? units) => new(sender, units);

    /// <summary>The unit a file is put down to before it is read (and when it cannot be read); null when a sender may speak for several.</summary>
    public string? Code { get; }

    /// <summary>The level of register received where the file came from; null for a sender.</summary>
    public UnitLevel? Level { get; }

    public string? Sender { get; }

    public IReadOnlyList<string>? SenderUnits { get; }

    /// <summary>Keeps one unit's registers (or one sender's, before they are read) in the order they arrived.</summary>
    public string OrderKey => Code ?? Sender ?? string.Empty;

    /// <summary>Why a register naming <paramref name="code"/> (of <paramref name="level"/>) may not come from here, or null when it may.</summary>
    internal RegisterRejectedException? Refuses(string code, UnitLevel level)
    {
        if (Sender is not null)
            return SenderUnits is null || SenderUnits.Contains(code, StringComparer.Ordinal)
                ? null
                : new RegisterRejectedException(
                    $"Địa chỉ {Sender} không được gửi sổ của đơn vị {code}" +
                    (SenderUnits.Count == 0 ? "." : $"; địa chỉ này chỉ được gửi sổ của đơn vị {string.Join(", ", SenderUnits)}.") +
                    " Xin gửi từ địa chỉ đã đăng ký cho đơn vị, hoặc nhờ Hội Khuyến học tỉnh đăng ký địa chỉ này.",
                    $"{Sender} may not send the register of unit {code}.");
        if (Code != code)
            return new RegisterRejectedException(
                $"Sổ ghi mã đơn vị {code} nhưng được gửi từ nơi của đơn vị {Code}.",
                $"The register names unit {code} but came from the folder or address of unit {Code}.");
        if (Level != level)
            return new RegisterRejectedException(
                $"Sổ cấp \"{(level == UnitLevel.Commune ? "Xã" : "Huyện")}\" được gửi vào nơi nhận sổ cấp {(Level == UnitLevel.Commune ? "xã" : "huyện")}.",
                $"A register of level {level} arrived where {Level} registers are received.");
        return null;
    }
}
