namespace Reporting.Domain.Requests;

/// <summary>
/// A job asked for with parameters it cannot run with. The parameter is named as the command line
/// names its option (<c>month</c> → <c>--month</c>); the message says what to correct, in Vietnamese
/// for the admin page and in English for the command line.
/// </summary>
public sealed class InvalidRequestException(string parameter, string messageVi, string messageEn) : Exception(messageEn)
{
    public string Parameter { get; } = parameter;

    public string MessageVi { get; } = messageVi;

    public string MessageEn { get; } = messageEn;
}
