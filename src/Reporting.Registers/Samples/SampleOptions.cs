namespace Reporting.Registers.Samples;

/// <summary>How big a sample province to make; the defaults look like Bình Thuận in 2016.</summary>
public sealed record SampleOptions(int Households = 296_000, int Seed = 2016);

public sealed record SampleSummary(int Files, int Households, int Villages, int Clans, int Units, int FaultyRows);
