using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reporting.Data.Migrations.PostgreSql
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    district_code = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    commune_code = table.Column<string>(type: "text", nullable: false),
                    commune_name = table.Column<string>(type: "text", nullable: false),
                    criteria = table.Column<string>(type: "text", nullable: false),
                    total = table.Column<decimal>(type: "numeric", nullable: false),
                    classification = table.Column<int>(type: "integer", nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_number = table.Column<string>(type: "text", nullable: true),
                    register_file_id = table.Column<long>(type: "bigint", nullable: false),
                    source_row = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commune_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "figure_snapshots",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    period = table.Column<string>(type: "text", nullable: false),
                    table = table.Column<string>(type: "text", nullable: false),
                    computed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    sha256 = table.Column<string>(type: "text", nullable: false),
                    register_versions = table.Column<string>(type: "text", nullable: false),
                    content = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_figure_snapshots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "http_source_states",
                columns: table => new
                {
                    url = table.Column<string>(type: "text", nullable: false),
                    e_tag = table.Column<string>(type: "text", nullable: true),
                    last_modified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_http_source_states", x => x.url);
                });

            migrationBuilder.CreateTable(
                name: "register_files",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sha256 = table.Column<string>(type: "text", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    received_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    unit_code = table.Column<string>(type: "text", nullable: true),
                    year = table.Column<int>(type: "integer", nullable: true),
                    updated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    rows_accepted = table.Column<int>(type: "integer", nullable: false),
                    rows_rejected = table.Column<int>(type: "integer", nullable: false),
                    message = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "register_versions",
                columns: table => new
                {
                    unit_code = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    register_file_id = table.Column<long>(type: "bigint", nullable: false),
                    updated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    stored_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_versions", x => new { x.unit_code, x.year });
                });

            migrationBuilder.CreateTable(
                name: "row_issues",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    register_file_id = table.Column<long>(type: "bigint", nullable: false),
                    severity = table.Column<int>(type: "integer", nullable: false),
                    sheet = table.Column<string>(type: "text", nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<int>(type: "integer", nullable: false),
                    commune_code = table.Column<string>(type: "text", nullable: true),
                    column = table.Column<string>(type: "text", nullable: false),
                    rule = table.Column<string>(type: "text", nullable: false),
                    message_vi = table.Column<string>(type: "text", nullable: false),
                    message_en = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_row_issues", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    job = table.Column<string>(type: "text", nullable: false),
                    parameters = table.Column<string>(type: "text", nullable: false),
                    started_by = table.Column<string>(type: "text", nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "title_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    commune_code = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    village_code = table.Column<string>(type: "text", nullable: true),
                    household_count = table.Column<int>(type: "integer", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: true),
                    old_code = table.Column<string>(type: "text", nullable: true),
                    entity_key = table.Column<string>(type: "text", nullable: false),
                    registered = table.Column<bool>(type: "boolean", nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    score = table.Column<decimal>(type: "numeric", nullable: true),
                    result = table.Column<int>(type: "integer", nullable: true),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recognized = table.Column<bool>(type: "boolean", nullable: false),
                    decision_number = table.Column<string>(type: "text", nullable: true),
                    recognized_on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "text", nullable: true),
                    register_file_id = table.Column<long>(type: "bigint", nullable: false),
                    source_row = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_title_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "unit_changes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: false),
                    old_code = table.Column<string>(type: "text", nullable: false),
                    old_name = table.Column<string>(type: "text", nullable: false),
                    new_code = table.Column<string>(type: "text", nullable: false),
                    new_name = table.Column<string>(type: "text", nullable: false),
                    district_code = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "unit_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "text", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    parent_code = table.Column<string>(type: "text", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: false),
                    terrain = table.Column<string>(type: "text", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true)
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
