namespace Reporting.Data.Model;

public enum FileOutcome
{
    /// <summary>Every row was taken.</summary>
    Accepted,
    /// <summary>Some rows broke a rule; the others were taken.</summary>
    PartlyAccepted,
    /// <summary>The file as a whole could not be read or may not speak for that unit and year.</summary>
    Rejected,
    /// <summary>The same bytes were received before.</summary>
    Unchanged,
    /// <summary>Read correctly, but the unit already sent a newer version of that year.</summary>
    Superseded,
}
