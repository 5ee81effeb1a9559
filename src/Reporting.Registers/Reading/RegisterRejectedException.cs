namespace Reporting.Registers.Reading;

/// <summary>The file as a whole cannot be taken; the message is for the clerk who sent it.</summary>
public sealed class RegisterRejectedException(string messageVi, string messageEn)
    : Exception(messageEn)
{
    public string MessageVi { get; } = messageVi;
}
