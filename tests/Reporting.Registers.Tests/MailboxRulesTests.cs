using MimeKit;
using Reporting.Output.Mail;
using Reporting.Registers.Pulling.Mailboxes;

namespace Reporting.Registers.Tests;

[TestClass]
public sealed class MailboxRulesTests
{
    private static MailboxOptions Mailbox(string host, MailSecurity security) => new()
    {
        Name = "Hộp thư sổ",
        Host = host,
        UserName = "soxa",
        Security = security,
        Senders = [new() { Address = "vanthu@xa.example", Units = ["23272"] }],
    };

    private static string[] Problems(MailboxOptions options) => options.Validate("Sources:Mailboxes").Select(r => r.ErrorMessage!).ToArray();

    [TestMethod]
    public void Plain_IMAP_is_refused_for_a_server_on_another_machine_and_allowed_on_this_one()
    {
        StringAssert.Contains(Problems(Mailbox("imap.binhthuan.gov.vn", MailSecurity.None)).Single(), "only for a server on this machine");
        Assert.AreEqual(0, Problems(Mailbox("127.0.0.1", MailSecurity.None)).Length);
        Assert.AreEqual(0, Problems(Mailbox("localhost", MailSecurity.None)).Length);
        Assert.AreEqual(0, Problems(Mailbox("imap.binhthuan.gov.vn", MailSecurity.SslOnConnect)).Length);
    }

    [TestMethod]
    public void A_sender_rule_names_an_address_or_a_domain_and_at_least_one_unit()
    {
        var options = Mailbox("127.0.0.1", MailSecurity.None);
        options.Senders = [new() { Units = ["23272"] }, new() { Domain = "xa.example" }];

        var problems = Problems(options);

        Assert.AreEqual(2, problems.Length);
        StringAssert.Contains(problems[0], "either an Address or a Domain");
        StringAssert.Contains(problems[1], "names no Units");
    }

    [TestMethod]
    public void A_sender_speaks_for_the_units_of_its_address_and_its_domain_and_for_every_unit_under_a_star()
    {
        var rules = new SenderRules([
            new() { Address = "VanThu@xa.example", Units = ["23272"] },
            new() { Domain = "@huyen.example", Units = ["23272", "23275"] },
            new() { Domain = "tinh.example", Units = ["*"] },
        ]);

        var clerk = rules.For(MailboxAddress.Parse("vanthu@XA.example"));
        var district = rules.For(MailboxAddress.Parse("phong.gd@huyen.example"));
        var province = rules.For(MailboxAddress.Parse("hoi@tinh.example"));
        var stranger = rules.For(MailboxAddress.Parse("ai@gmail.example"));

        Assert.AreEqual("23272", clerk.Code);
        CollectionAssert.AreEqual(new[] { "23272", "23275" }, district.SenderUnits!.ToArray());
        Assert.IsNull(district.Code, "a sender of several units has no unit before its register is read");
        Assert.IsNull(province.SenderUnits, "every unit");
        Assert.AreEqual(0, stranger.SenderUnits!.Count);
    }
}
