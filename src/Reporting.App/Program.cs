using System.CommandLine;
using Reporting.App.CommandLine;
using Reporting.App.Features.Conference;
using Reporting.App.Features.Costs;
using Reporting.App.Features.Demo;
using Reporting.App.Features.Figures;
using Reporting.App.Features.HashPassword;
using Reporting.App.Features.Monthly;
using Reporting.App.Features.Pull;
using Reporting.App.Features.Serve;
using Reporting.App.Features.Templates;

var root = new RootCommand("reporting — registers, figures and reports of the learning-society programme of Bình Thuận")
    .WithCommonOptions()
    .WithDemo()
    .WithPull()
    .WithFigures()
    .WithMonthly()
    .WithConference()
    .WithCosts()
    .WithTemplates()
    .WithServe()
    .WithHashPassword();

return await root.RunAsync(args);
