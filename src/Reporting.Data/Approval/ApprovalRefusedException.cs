namespace Reporting.Data.Approval;

/// <summary>A step the state of the year does not allow (approving a missing register, closing twice…); the message says why, in Vietnamese.</summary>
public sealed class ApprovalRefusedException(string message) : Exception(message);
