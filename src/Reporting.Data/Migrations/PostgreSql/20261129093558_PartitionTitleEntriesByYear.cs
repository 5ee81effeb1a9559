using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.Migrations.PostgreSql
{
    /// <summary>
    /// <c>title_entries</c> becomes range-partitioned by register year: a partition per year from
    /// 2010 to 2039 and a default one, so the figures of a year read that year's partition alone
    /// (plan-time pruning with a literal year, run-time pruning with a parameter). PostgreSQL wants
    /// the partition key in the primary key: it becomes (id, year); the EF model keeps its key on
    /// id, which is what it tracks rows by. Rows are moved as they are, ids kept.
    /// </summary>
    public partial class PartitionTitleEntriesByYear : Migration
    {
        private const int FirstYear = 2010;
        private const int LastYear = 2039;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                ALTER TABLE title_entries RENAME TO title_entries_unpartitioned;
                ALTER TABLE title_entries_unpartitioned DROP CONSTRAINT pk_title_entries;
                DROP INDEX ix_title_entries_title_entity_key_year;
                DROP INDEX ix_title_entries_year_commune_code_title_code;
                CREATE TABLE title_entries (LIKE title_entries_unpartitioned INCLUDING DEFAULTS INCLUDING IDENTITY) PARTITION BY RANGE (year);
                ALTER TABLE title_entries ADD CONSTRAINT pk_title_entries PRIMARY KEY (id, year);
                DO $$
                BEGIN
                    FOR y IN {FirstYear}..{LastYear} LOOP
                        EXECUTE format('CREATE TABLE title_entries_y%s PARTITION OF title_entries FOR VALUES FROM (%s) TO (%s)', y, y, y + 1);
                    END LOOP;
                END $$;
                CREATE TABLE title_entries_other_years PARTITION OF title_entries DEFAULT;
                CREATE INDEX ix_title_entries_title_entity_key_year ON title_entries (title, entity_key, year);
                CREATE UNIQUE INDEX ix_title_entries_year_commune_code_title_code ON title_entries (year, commune_code, title, code);
                INSERT INTO title_entries SELECT * FROM title_entries_unpartitioned;
                SELECT setval(pg_get_serial_sequence('title_entries', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM title_entries;
                DROP TABLE title_entries_unpartitioned;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE title_entries RENAME TO title_entries_partitioned;
                ALTER TABLE title_entries_partitioned DROP CONSTRAINT pk_title_entries;
                DROP INDEX ix_title_entries_title_entity_key_year;
                DROP INDEX ix_title_entries_year_commune_code_title_code;
                CREATE TABLE title_entries (LIKE title_entries_partitioned INCLUDING DEFAULTS INCLUDING IDENTITY);
                ALTER TABLE title_entries ADD CONSTRAINT pk_title_entries PRIMARY KEY (id);
                CREATE INDEX ix_title_entries_title_entity_key_year ON title_entries (title, entity_key, year);
                CREATE UNIQUE INDEX ix_title_entries_year_commune_code_title_code ON title_entries (year, commune_code, title, code);
                INSERT INTO title_entries SELECT * FROM title_entries_partitioned;
                SELECT setval(pg_get_serial_sequence('title_entries', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM title_entries;
                DROP TABLE title_entries_partitioned;
                """);
        }
    }
}
