using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.CommandLine;
using Reporting.App.Hosting;
using Reporting.Data.Approval;
using Reporting.Domain.Registers;
using Reporting.Domain.Requests;

namespace Reporting.App.Features.Approval;

/// <summary><c>approve</c>, <c>close</c> and <c>reopen</c>: the approval steps for scripts, taken as the command line's operator.</summary>
internal static class ApprovalCommands
{
    public static RootCommand WithApproval(this RootCommand root)
    {
        root.Subcommands.Add(Approve());
        root.Subcommands.Add(Close());
        root.Subcommands.Add(Reopen());
        return root;
    }

    private static Option<int> Year() => new("--year") { Description = "The programme year", Required = true };

    private static Command Approve()
    {
        var year = Year();
        var unit = new Option<string>("--unit") { Description = "The code of the commune or district whose register is approved", Required = true };
        var sendBack = new Option<bool>("--send-back") { Description = "Send the register back to the unit instead (needs --reason)" };
        var reason = new Option<string?>("--reason") { Description = "Why the register is sent back" };
        var command = new Command("approve", "Approve a unit's register of a year (or send it back with --send-back --reason)") { year, unit, sendBack, reason };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var (y, code) = (ProgrammeYear(parseResult.GetValue(year), services), parseResult.GetValue(unit)!.Trim());
            var approvals = services.GetRequiredService<ApprovalLedger>();
            var step = parseResult.GetValue(sendBack)
                ? await approvals.SendBackAsync(y, code, RunStarter.CommandLine, parseResult.GetValue(reason) ?? "", cancellationToken)
                : await approvals.ApproveAsync(y, code, RunStarter.CommandLine, cancellationToken);
            Console.WriteLine($"{step.Action.Vietnamese()}: sổ năm {y} của {code} (sổ số {step.RegisterFileId}), {ApprovalLedger.Who(step)}.");
            return VerbAction.Success;
        });
        return command;
    }

    private static Command Close()
    {
        var year = Year();
        var reason = new Option<string?>("--reason") { Description = "Why the year is closed before every unit's register is approved" };
        var command = new Command("close", "Close a year's figures (chốt số liệu): registers received later are kept but not counted until it is reopened") { year, reason };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var y = ProgrammeYear(parseResult.GetValue(year), services);
            var closing = await services.GetRequiredService<ApprovalLedger>().CloseAsync(y, RunStarter.CommandLine, parseResult.GetValue(reason), cancellationToken);
            Console.WriteLine($"Đã chốt số liệu năm {y} lúc {ApprovalLedger.At(closing.ClosedAt)} ({closing.ClosedBy})" +
                (closing.UnapprovedUnits > 0 ? $"; {closing.UnapprovedUnits} đơn vị chưa được duyệt, lý do: {closing.Reason}." : "."));
            return VerbAction.Success;
        });
        return command;
    }

    private static Command Reopen()
    {
        var year = Year();
        var reason = new Option<string>("--reason") { Description = "Why the closed figures are reopened", Required = true };
        var command = new Command("reopen", "Reopen a closed year; the registers received while it was closed are then counted") { year, reason };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var y = ProgrammeYear(parseResult.GetValue(year), services);
            var (_, counted) = await services.GetRequiredService<YearReopening>().ReopenAsync(y, RunStarter.CommandLine, parseResult.GetValue(reason)!, cancellationToken);
            Console.WriteLine($"Đã mở lại số liệu năm {y}; {counted} sổ nhận sau khi chốt nay được tính.");
            return VerbAction.Success;
        });
        return command;
    }

    private static int ProgrammeYear(int year, IServiceProvider services)
    {
        var programme = services.GetRequiredService<ProgrammePeriod>();
        return year >= programme.FirstYear && year <= programme.LastYear
            ? year
            : throw new UsageException($"--year {year} is outside the programme ({programme.FirstYear}–{programme.LastYear}).");
    }
}
