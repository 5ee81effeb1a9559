using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class YearClosings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "held_by_closing_id",
                table: "register_files",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "approval_steps",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    year = table.Column<int>(type: "integer", nullable: false),
                    unit_code = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true),
                    register_file_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_approval_steps", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "year_closings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    year = table.Column<int>(type: "integer", nullable: false),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    closed_by = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true),
                    unapproved_units = table.Column<int>(type: "integer", nullable: false),
                    reopened_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reopened_by = table.Column<string>(type: "text", nullable: true),
                    reopen_reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_year_closings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_register_files_held_by_closing_id",
                table: "register_files",
                column: "held_by_closing_id");

            migrationBuilder.CreateIndex(
                name: "ix_approval_steps_year_unit_code",
                table: "approval_steps",
                columns: new[] { "year", "unit_code" });

            migrationBuilder.CreateIndex(
                name: "ix_year_closings_year",
                table: "year_closings",
                column: "year",
                unique: true,
                filter: "reopened_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approval_steps");

            migrationBuilder.DropTable(
                name: "year_closings");

            migrationBuilder.DropIndex(
                name: "ix_register_files_held_by_closing_id",
                table: "register_files");

            migrationBuilder.DropColumn(
                name: "held_by_closing_id",
                table: "register_files");
        }
    }
}
