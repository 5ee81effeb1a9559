using MimeKit;
using Reporting.Registers.Reading;

namespace Reporting.Registers.Pulling.Mailboxes;

/// <summary>Which units a sender may speak for: the rules naming the address, and those naming its domain.</summary>
public sealed class SenderRules(IEnumerable<MailboxOptions.SenderRule> rules)
{
    private const string EveryUnit = "*";

    private readonly List<MailboxOptions.SenderRule> _rules = rules.ToList();

    public ExpectedUnit For(MailboxAddress sender)
    {
        var address = sender.Address.Trim();
        var domain = sender.Domain.Trim();
        var units = _rules
            .Where(r => string.Equals(r.Address?.Trim(), address, StringComparison.OrdinalIgnoreCase)
                || string.Equals(r.Domain?.Trim().TrimStart('@'), domain, StringComparison.OrdinalIgnoreCase))
            .SelectMany(r => r.Units.Select(u => u.Trim()))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return ExpectedUnit.FromSender(address, units.Contains(EveryUnit) ? null : units);
    }
}
