namespace Reporting.Registers.Pulling.Sources;

/// <summary>The sources a scheduled pull reads: those configured for this installation.</summary>
public interface IConfiguredSources
{
    IReadOnlyList<IRegisterSource> Create();
}
