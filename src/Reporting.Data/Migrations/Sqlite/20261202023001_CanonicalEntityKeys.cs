using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Reporting.Data.Model;

#nullable disable

namespace Reporting.Data.Migrations.Sqlite
{
    /// <summary>
    /// Entity keys stored before all-digit codes were compared without their leading zeros
    /// (<c>23272/0012</c>) become the keys the reader now gives (<c>23272/12</c>), so a household
    /// loaded then and its later years are one entity in the windows. The model does not change.
    /// </summary>
    [DbContext(typeof(SqliteReportingDbContext))]
    [Migration("20261202023001_CanonicalEntityKeys")]
    public partial class CanonicalEntityKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            UPDATE title_entries
            SET entity_key = substr(entity_key, 1, instr(entity_key, '/'))
                || COALESCE(NULLIF(ltrim(substr(entity_key, instr(entity_key, '/') + 1), '0'), ''), '0')
            WHERE instr(entity_key, '/') > 0
              AND substr(entity_key, instr(entity_key, '/') + 1) GLOB '0[0-9]*'
              AND substr(entity_key, instr(entity_key, '/') + 1) NOT GLOB '*[^0-9]*';
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The zeros a key lost are not known any more; the old reader reads the new keys as they are.
        }
    }
}
