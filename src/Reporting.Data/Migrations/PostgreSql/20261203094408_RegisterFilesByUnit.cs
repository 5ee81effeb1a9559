using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RegisterFilesByUnit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_register_files_unit_code",
                table: "register_files",
                column: "unit_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_register_files_unit_code",
                table: "register_files");
        }
    }
}
