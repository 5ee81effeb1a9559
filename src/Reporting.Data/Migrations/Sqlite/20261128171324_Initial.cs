using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "commune_assessments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    district_code = table.Column<string>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    commune_code = table.Column<string>(type: "TEXT", nullable: false),
                    commune_name = table.Column<string>(type: "TEXT", nullable: false),
                    criteria = table.Column<string>(type: "TEXT", nullable: false),
                    total = table.Column<decimal>(type: "TEXT", nullable: false),
                    classification = table.Column<int>(type: "INTEGER", nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decision_number = table.Column<string>(type: "TEXT", nullable: true),
                    register_file_id = table.Column<long>(type: "INTEGER", nullable: false),
                    source_row = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commune_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "figure_snapshots",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    period = table.Column<string>(type: "TEXT", nullable: false),
                    table = table.Column<string>(type: "TEXT", nullable: false),
                    computed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    register_versions = table.Column<string>(type: "TEXT", nullable: false),
                    content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_figure_snapshots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "http_source_states",
                columns: table => new
                {
                    url = table.Column<string>(type: "TEXT", nullable: false),
                    e_tag = table.Column<string>(type: "TEXT", nullable: true),
                    last_modified = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    checked_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_http_source_states", x => x.url);
                });

            migrationBuilder.CreateTable(
                name: "register_files",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: false),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    received_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", nullable: true),
                    year = table.Column<int>(type: "INTEGER", nullable: true),
                    updated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    rows_accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    message = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "register_versions",
                columns: table => new
                {
                    unit_code = table.Column<string>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    register_file_id = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    stored_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_versions", x => new { x.unit_code, x.year });
                });

            migrationBuilder.CreateTable(
                name: "row_issues",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    register_file_id = table.Column<long>(type: "INTEGER", nullable: false),
                    severity = table.Column<int>(type: "INTEGER", nullable: false),
                    sheet = table.Column<string>(type: "TEXT", nullable: false),
                    row_number = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<int>(type: "INTEGER", nullable: false),
                    commune_code = table.Column<string>(type: "TEXT", nullable: true),
                    column = table.Column<string>(type: "TEXT", nullable: false),
                    rule = table.Column<string>(type: "TEXT", nullable: false),
                    message_vi = table.Column<string>(type: "TEXT", nullable: false),
                    message_en = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_row_issues", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    job = table.Column<string>(type: "TEXT", nullable: false),
                    parameters = table.Column<string>(type: "TEXT", nullable: false),
                    started_by = table.Column<string>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "title_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    commune_code = table.Column<string>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    village_code = table.Column<string>(type: "TEXT", nullable: true),
                    household_count = table.Column<int>(type: "INTEGER", nullable: true),
                    kind = table.Column<string>(type: "TEXT", nullable: true),
                    old_code = table.Column<string>(type: "TEXT", nullable: true),
                    entity_key = table.Column<string>(type: "TEXT", nullable: false),
                    registered = table.Column<bool>(type: "INTEGER", nullable: false),
                    registered_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    score = table.Column<decimal>(type: "TEXT", nullable: true),
                    result = table.Column<int>(type: "INTEGER", nullable: true),
                    evaluated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recognized = table.Column<bool>(type: "INTEGER", nullable: false),
                    decision_number = table.Column<string>(type: "TEXT", nullable: true),
                    recognized_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", nullable: true),
                    register_file_id = table.Column<long>(type: "INTEGER", nullable: false),
                    source_row = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_title_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "unit_changes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    effective_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    old_code = table.Column<string>(type: "TEXT", nullable: false),
                    old_name = table.Column<string>(type: "TEXT", nullable: false),
                    new_code = table.Column<string>(type: "TEXT", nullable: false),
                    new_name = table.Column<string>(type: "TEXT", nullable: false),
                    district_code = table.Column<string>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "unit_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    parent_code = table.Column<string>(type: "TEXT", nullable: true),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    terrain = table.Column<string>(type: "TEXT", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_versions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commune_assessments_year_district_code_commune_code",
                table: "commune_assessments",
                columns: new[] { "year", "district_code", "commune_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_figure_snapshots_period_table_sha256",
                table: "figure_snapshots",
                columns: new[] { "period", "table", "sha256" });

            migrationBuilder.CreateIndex(
                name: "ix_register_files_sha256",
                table: "register_files",
                column: "sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_row_issues_register_file_id",
                table: "row_issues",
                column: "register_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_title_entries_title_entity_key_year",
                table: "title_entries",
                columns: new[] { "title", "entity_key", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_title_entries_year_commune_code_title_code",
                table: "title_entries",
                columns: new[] { "year", "commune_code", "title", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_unit_versions_code_valid_from",
                table: "unit_versions",
                columns: new[] { "code", "valid_from" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commune_assessments");

            migrationBuilder.DropTable(
                name: "figure_snapshots");

            migrationBuilder.DropTable(
                name: "http_source_states");

            migrationBuilder.DropTable(
                name: "register_files");

            migrationBuilder.DropTable(
                name: "register_versions");

            migrationBuilder.DropTable(
                name: "row_issues");

            migrationBuilder.DropTable(
                name: "runs");

            migrationBuilder.DropTable(
                name: "title_entries");

            migrationBuilder.DropTable(
                name: "unit_changes");

            migrationBuilder.DropTable(
                name: "unit_versions");
        }
    }
}
