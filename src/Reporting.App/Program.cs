using System.CommandLine;
using Reporting.App.CommandLine;
using Reporting.App.Features.Approval;
using Reporting.App.Features.Demo;
using Reporting.App.Features.Figures;
using Reporting.App.Features.HashPassword;
using Reporting.App.Features.Pull;
using Reporting.App.Features.Reports;
using Reporting.App.Features.Serve;
using Reporting.App.Features.Templates;

var root = new RootCommand("reporting — registers, figures and reports of the learning-society programme of Bình Thuận")
    .WithCommonOptions()
    .WithDemo()
    .WithPull()
    .WithFigures()
    .WithReports()
    .WithTemplates()
    .WithApproval()
    .WithServe()
    .WithHashPassword();

return await root.RunAsync(args);
