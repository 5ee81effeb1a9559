using System.CommandLine;
using Reporting.App.CommandLine;
using Reporting.App.Hosting;
using Reporting.App.Web.Security;

namespace Reporting.App.Features.HashPassword;

internal static class HashPasswordCommand
{
    /// <summary>
    /// Reads a password from standard input (never from the command line, where shell history and
    /// process lists would keep it) and prints the hash to put in <c>Web:Users</c>.
    /// </summary>
    public static RootCommand WithHashPassword(this RootCommand root)
    {
        var command = new Command("hash-password", "Read a password from standard input and print its hash for the Web:Users setting");
        command.SetAction((parseResult, cancellationToken) => VerbAction.GuardAsync(command, cancellationToken, async () =>
        {
            if (!Console.IsInputRedirected)
                await Console.Error.WriteAsync("Password: ");
            var password = Console.IsInputRedirected ? await Console.In.ReadLineAsync(cancellationToken) : ReadHidden();
            if (string.IsNullOrEmpty(password))
                throw new UsageException("hash-password: no password given on standard input.");
            if (password.Length < 8)
                throw new UsageException("hash-password: use at least 8 characters.");
            Console.WriteLine(UserDirectory.Hash(password));
            return VerbAction.Success;
        }));
        root.Subcommands.Add(command);
        return root;
    }

    private static string ReadHidden()
    {
        var password = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
                password.Length--;
            else if (!char.IsControl(key.KeyChar))
                password.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return password.ToString();
    }
}
