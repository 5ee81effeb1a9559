using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SnapshotBasis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "basis",
                table: "figure_snapshots",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_figure_snapshots_period_table_basis",
                table: "figure_snapshots",
                columns: new[] { "period", "table", "basis" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_figure_snapshots_period_table_basis",
                table: "figure_snapshots");

            migrationBuilder.DropColumn(
                name: "basis",
                table: "figure_snapshots");
        }
    }
}
