using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RunOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "outcome",
                table: "runs",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // EF will not drop a column on SQLite; SQLite itself has since 3.35.
            migrationBuilder.Sql("ALTER TABLE runs DROP COLUMN outcome;");
        }
    }
}
