namespace Reporting.App.Hosting;

/// <summary>Bad usage or configuration: exit code 2, with a message naming the option or setting.</summary>
public sealed class UsageException(string message) : Exception(message);
