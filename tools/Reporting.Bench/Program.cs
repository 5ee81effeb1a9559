using Reporting.App.CommandLine;
using Reporting.Bench;

return await BenchCommand.Create().RunAsync(args);
