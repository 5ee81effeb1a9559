using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using Reporting.App.Hosting;
using Reporting.Data.Loading;
using Reporting.Data.Model;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Registers.Pulling;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Pulling;

/// <summary>
/// Registers e-mailed to a real IMAP server (Dovecot) and answered through a real SMTP server:
/// the pull takes the attachments, stores them once, answers every message once and moves it.
/// </summary>
[TestClass]
public sealed class MailboxScenarios
{
    private const string Commune = "23272";
    private const string Neighbour = "23275";
    private const int Year = 2019;
    private const string Clerk = "vanthu.23272@xa.example";
    private const string Processed = "Đã xử lý";
    private const string OurAddress = "baocao@khuyenhoc.example";

    private PipelineFixture _pipeline = null!;
    private DovecotServer _imap = null!;
    private SimpleSmtpServer _smtp = null!;
    private int _smtpPort;

    [TestInitialize]
    public async Task StartAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(DatabaseProvider.Sqlite);
        _imap = await DovecotServer.StartAsync();
        _smtpPort = FreePorts.Next();
        _smtp = SimpleSmtpServer.Start(_smtpPort);
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        _smtp.Dispose();
        await _imap.DisposeAsync();
        await _pipeline.DisposeAsync();
    }

    private static byte[] PartlyValidRegister(string commune = Commune) => ClerkRegister.PartlyValid(commune, Year);

    private static MimeMessage Mail(string from, string subject, params (string Name, byte[] Bytes)[] attachments)
    {
        var message = new MimeMessage { Subject = subject, MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("xa.example") };
        // A display name with a comma, as clerks write them.
        message.From.Add(new MailboxAddress("UBND xã Ngũ Phụng, huyện Phú Quí", from));
        message.To.Add(MailboxAddress.Parse("soxa@khuyenhoc.example"));
        var body = new BodyBuilder { TextBody = "Kính gửi Hội, xã gửi sổ theo dõi năm 2019." };
        foreach (var (name, bytes) in attachments)
            body.Attachments.Add(name, bytes);
        message.Body = body.ToMessageBody();
        return message;
    }

    private async Task<PullJob.Result> PullAsync(long? maxMessageBytes = null, int? smtpPort = null)
    {
        var settings = AppSettings.For(_pipeline);
        foreach (var folder in settings.Keys.Where(k => k.StartsWith("Sources:", StringComparison.Ordinal)).ToList())
            settings.Remove(folder);
        settings["Sources:Mailboxes:0:Name"] = "Hộp thư sổ";
        settings["Sources:Mailboxes:0:Host"] = "127.0.0.1";
        settings["Sources:Mailboxes:0:Port"] = _imap.Port.ToString();
        settings["Sources:Mailboxes:0:Security"] = "None";
        settings["Sources:Mailboxes:0:UserName"] = _imap.UserName;
        settings["Sources:Mailboxes:0:Password"] = _imap.Password;
        settings["Sources:Mailboxes:0:UploadPageUrl"] = "https://khuyenhoc.example/nop-so";
        settings["Sources:Mailboxes:0:Senders:0:Address"] = Clerk;
        settings["Sources:Mailboxes:0:Senders:0:Units:0"] = Commune;
        settings["Sources:Mailboxes:0:Senders:1:Domain"] = "huyen.example";
        settings["Sources:Mailboxes:0:Senders:1:Units:0"] = Commune;
        settings["Sources:Mailboxes:0:Senders:1:Units:1"] = Neighbour;
        if (maxMessageBytes is { } max)
            settings["Sources:Mailboxes:0:MaxMessageBytes"] = max.ToString();
        settings["Mail:Host"] = "127.0.0.1";
        settings["Mail:Port"] = (smtpPort ?? _smtpPort).ToString();
        settings["Mail:Security"] = "None";
        settings["Mail:From"] = $"Hội Khuyến học <{OurAddress}>";
        settings["Mail:To:0"] = "hoi@khuyenhoc.example";
        settings["Mail:TimeoutSeconds"] = "10";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddPipeline(configuration).BuildServiceProvider(validateScopes: true);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PullJob>().RunAsync(PullRequest.Everything, "test", CancellationToken.None);
    }

    private List<MimeMessage> Answers() =>
        _smtp.ReceivedEmail.Select(e => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(e.Data)))).ToList();

    private async Task<long> RecognisedFamiliesAsync(string commune)
    {
        await using var db = _pipeline.Database.NewContext();
        return await db.TitleEntries.CountAsync(e => e.CommuneCode == commune && e.Year == Year && e.Title == Title.Family && e.RecognizedOn != null);
    }

    [TestMethod]
    public async Task A_register_sent_by_mail_is_pulled_counted_and_answered_with_its_error_report()
    {
        var sent = Mail(Clerk, "Sổ theo dõi năm 2019", ("So theo doi 2019.xlsx", PartlyValidRegister()));
        await _imap.DeliverAsync(sent);

        var result = await PullAsync();

        var file = result.Summary.Files.Single();
        Assert.AreEqual((FileOutcome.PartlyAccepted, Commune, 2, 1), (file.Outcome, file.UnitCode, file.RowsAccepted - 1, file.RowsRejected));
        Assert.AreEqual(2, (await _pipeline.FiguresAsync(Year)).Single(r => r.Level == UnitLevel.Commune && r.UnitCode == Commune && r.Title == Title.Family).Recognized);
        var answer = Answers().Single();
        Assert.AreEqual(Clerk, answer.To.Mailboxes.Single().Address);
        Assert.AreEqual(sent.MessageId, answer.InReplyTo);
        Assert.AreEqual("auto-replied", answer.Headers[HeaderId.AutoSubmitted]);
        StringAssert.Contains(answer.Subject, "Sổ theo dõi năm 2019");
        StringAssert.Contains(answer.TextBody, "Kính gửi UBND xã Ngũ Phụng, huyện Phú Quí,");
        StringAssert.Contains(answer.TextBody, "So theo doi 2019.xlsx");
        StringAssert.Contains(answer.TextBody, "đã nhận một phần: 3 dòng được tính, 1 dòng bị loại");
        StringAssert.Contains(answer.TextBody, "https://khuyenhoc.example/nop-so");
        var report = (MimePart)answer.Attachments.Single();
        Assert.AreEqual(Path.GetFileName(file.ErrorReport), report.FileName);
        CollectionAssert.AreEqual(Array.Empty<string>(), await _imap.SubjectsAsync("INBOX"));
        CollectionAssert.AreEqual(new[] { "Sổ theo dõi năm 2019" }, await _imap.SubjectsAsync(Processed));
        Assert.AreEqual(Clerk, result.Summary.Answers.Single().To);
    }

    [TestMethod]
    public async Task A_message_whose_answer_failed_stays_in_the_inbox_is_stored_once_and_answered_once_by_the_next_pull()
    {
        await _imap.DeliverAsync(Mail(Clerk, "Sổ 2019", ("23272_2019.xlsx", PartlyValidRegister())));

        var failed = await PullAsync(smtpPort: FreePorts.Next());
        Assert.IsTrue(failed.Summary.Answers.Single().Failed, failed.Summary.Answers.Single().Outcome);
        StringAssert.Contains(failed.Refused, "1 thư chưa trả lời được");
        CollectionAssert.AreEqual(new[] { "Sổ 2019" }, await _imap.SubjectsAsync("INBOX"), "a message not answered stays in the inbox");
        var again = await PullAsync();

        Assert.AreEqual(FileOutcome.Unchanged, again.Summary.Files.Single().Outcome);
        await using (var db = _pipeline.Database.NewContext())
            Assert.AreEqual(1, await db.RegisterFiles.CountAsync());
        Assert.AreEqual(2, await RecognisedFamiliesAsync(Commune));
        var answer = Answers().Single();
        StringAssert.Contains(answer.TextBody, "tệp này đã nhận lúc");
        StringAssert.Contains(answer.TextBody, "lần đó đã nhận một phần: 3 dòng được tính, 1 dòng bị loại");
        Assert.AreEqual(1, answer.Attachments.Count(), "the error report of the first time");
        CollectionAssert.AreEqual(Array.Empty<string>(), await _imap.SubjectsAsync("INBOX"));
        var third = await PullAsync();
        Assert.AreEqual(0, third.Summary.Files.Count);
        Assert.AreEqual(1, _smtp.ReceivedEmailCount, "a message answered is never answered again");
    }

    [TestMethod]
    public async Task A_zip_of_registers_from_a_district_address_gets_every_outcome_in_one_answer()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in new[] { ("23272_2019.xlsx", PartlyValidRegister()), ("23275_2019.xlsx", PartlyValidRegister(Neighbour)) })
            {
                using var entry = archive.CreateEntry($"so-xa/{name}").Open();
                entry.Write(bytes);
            }
        }
        await _imap.DeliverAsync(Mail("phong.gd@huyen.example", "Sổ hai xã", ("so-xa.zip", zip.ToArray())));

        var result = await PullAsync();

        CollectionAssert.AreEquivalent(new[] { Commune, Neighbour }, result.Summary.Files.Select(f => f.UnitCode).ToArray());
        Assert.AreEqual((2L, 2L), (await RecognisedFamiliesAsync(Commune), await RecognisedFamiliesAsync(Neighbour)));
        var answer = Answers().Single();
        StringAssert.Contains(answer.TextBody, "so-xa.zip/so-xa/23272_2019.xlsx");
        StringAssert.Contains(answer.TextBody, "so-xa.zip/so-xa/23275_2019.xlsx");
        Assert.AreEqual(2, answer.Attachments.Count());
    }

    [TestMethod]
    public async Task A_register_of_a_unit_the_sender_may_not_speak_for_is_refused_and_the_sender_told_why()
    {
        await _imap.DeliverAsync(Mail(Clerk, "Sổ xã bên", ("23275_2019.xlsx", PartlyValidRegister(Neighbour))));

        var result = await PullAsync();

        Assert.AreEqual(FileOutcome.Rejected, result.Summary.Files.Single().Outcome);
        Assert.AreEqual(0, await RecognisedFamiliesAsync(Neighbour));
        var answer = Answers().Single();
        StringAssert.Contains(answer.TextBody, $"23275_2019.xlsx: bị từ chối, không dòng nào được tính: Địa chỉ {Clerk} không được gửi sổ của đơn vị {Neighbour}; địa chỉ này chỉ được gửi sổ của đơn vị {Commune}.");
        StringAssert.Contains(answer.TextBody, "Cách gửi bản sửa");
    }

    [TestMethod]
    public async Task A_message_without_a_register_gets_one_polite_answer_naming_what_was_not_read()
    {
        await _imap.DeliverAsync(Mail(Clerk, "Công văn", ("cong-van.docx", [1, 2, 3])));

        await PullAsync();

        var answer = Answers().Single();
        StringAssert.Contains(answer.TextBody, "Thư không có tệp sổ đính kèm nào");
        StringAssert.Contains(answer.TextBody, "cong-van.docx: không phải sổ theo dõi");
        CollectionAssert.AreEqual(new[] { "Công văn" }, await _imap.SubjectsAsync(Processed));
    }

    [TestMethod]
    public async Task Auto_replies_bounces_and_our_own_answers_are_put_away_unanswered()
    {
        var outOfOffice = Mail(Clerk, "Vắng mặt", ("23272_2019.xlsx", PartlyValidRegister()));
        outOfOffice.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        var bounce = Mail("MAILER-DAEMON@xa.example", "Undelivered Mail Returned to Sender");
        var ours = Mail(OurAddress, "Kết quả nhận sổ: Sổ 2019");
        foreach (var message in new[] { outOfOffice, bounce, ours })
            await _imap.DeliverAsync(message);

        var result = await PullAsync();

        Assert.AreEqual(0, _smtp.ReceivedEmailCount);
        Assert.AreEqual(0, result.Summary.Files.Count, "an auto-reply's attachment is not read");
        Assert.AreEqual(3, result.Summary.Answers.Count(a => a.To is null && a.Outcome.StartsWith("Không trả lời", StringComparison.Ordinal)));
        CollectionAssert.AreEqual(Array.Empty<string>(), await _imap.SubjectsAsync("INBOX"));
        Assert.AreEqual(3, (await _imap.SubjectsAsync(Processed))!.Count);
    }

    [TestMethod]
    public async Task A_register_forwarded_automatically_is_counted_and_its_forwarder_not_answered()
    {
        var forwarded = Mail(Clerk, "Fwd: Sổ 2019", ("23272_2019.xlsx", PartlyValidRegister()));
        forwarded.Headers.Add(HeaderId.AutoSubmitted, "auto-forwarded");
        await _imap.DeliverAsync(forwarded);

        var result = await PullAsync();

        Assert.AreEqual(FileOutcome.PartlyAccepted, result.Summary.Files.Single().Outcome);
        Assert.AreEqual(2, await RecognisedFamiliesAsync(Commune));
        Assert.AreEqual(0, _smtp.ReceivedEmailCount);
        CollectionAssert.AreEqual(new[] { "Fwd: Sổ 2019" }, await _imap.SubjectsAsync(Processed));
    }

    [TestMethod]
    public async Task A_message_over_the_size_limit_is_not_read_and_its_sender_is_told_the_limit()
    {
        await _imap.DeliverAsync(Mail(Clerk, "Sổ lớn", ("23272_2019.xlsx", PartlyValidRegister())));

        var result = await PullAsync(maxMessageBytes: 4096);

        Assert.AreEqual(0, result.Summary.Files.Count);
        StringAssert.Contains(Answers().Single().TextBody, "Thư quá lớn");
        StringAssert.Contains(Answers().Single().TextBody, "tối đa 4 KB");
    }
}
