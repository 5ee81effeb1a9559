using Reporting.Domain.Titles;

namespace Reporting.Registers.Schema;

public sealed record SheetSpec(string Name, Title Title, string Caption, IReadOnlyList<ColumnSpec> Columns)
{
    public IEnumerable<ColumnSpec> RequiredColumns => Columns.Where(c => c.Required);
}
