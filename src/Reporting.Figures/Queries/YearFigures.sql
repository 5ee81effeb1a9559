-- Figures of one register year at every level (specs/figures.md), as of @asof: a row counts as
-- registered, evaluated, passed or recognised only if the date of that step is on or before @asof
-- (the last day of the year's registers for plain year figures). Portable between SQLite and
-- PostgreSQL: no ROLLUP, no FILTER, booleans read through CASE. Each level is summed from the level
-- below, so a district is the sum of its communes and the province the sum of its districts.
WITH units_in_year AS (
    SELECT code, level, name, parent_code, terrain
    FROM unit_versions
    WHERE valid_from <= @jan1 AND (valid_until IS NULL OR valid_until > @jan1)
),
titles AS (
    SELECT @family AS title UNION ALL SELECT @clan UNION ALL SELECT @community UNION ALL SELECT @learning_unit
    UNION ALL SELECT @commune_community
),
-- One fact per counted row; a village row also brings its households as the family denominator.
-- Read twice (villages, communes): NOT MATERIALIZED lets each reader scan the year's partition
-- in its own plan, instead of PostgreSQL spilling a million-row copy of it to disk first.
entry_facts AS NOT MATERIALIZED (
    SELECT e.commune_code, e.village_code, e.title,
           CASE WHEN e.title = @family THEN 0 ELSE 1 END AS eligible,
           CASE WHEN e.registered AND e.registered_on <= @asof THEN 1 ELSE 0 END AS registered,
           CASE WHEN e.result IS NOT NULL AND e.evaluated_on <= @asof THEN 1 ELSE 0 END AS evaluated,
           CASE WHEN e.result = @passed AND e.evaluated_on <= @asof THEN 1 ELSE 0 END AS passed,
           CASE WHEN e.recognized AND e.recognized_on <= @asof THEN 1 ELSE 0 END AS recognized
    FROM title_entries e
    WHERE e.year = @year
    UNION ALL
    SELECT v.commune_code, v.code, @family, v.household_count, 0, 0, 0, 0
    FROM title_entries v
    WHERE v.year = @year AND v.title = @community
),
village_counts AS (
    SELECT commune_code, village_code, title,
           SUM(eligible) AS eligible, SUM(registered) AS registered, SUM(evaluated) AS evaluated,
           SUM(passed) AS passed, SUM(recognized) AS recognized
    FROM entry_facts
    WHERE village_code IS NOT NULL
    GROUP BY commune_code, village_code, title
),
village_rows AS (
    SELECT v.code AS unit_code, v.name AS unit_name, v.commune_code AS parent_code, t.title,
           COALESCE(c.eligible, 0) AS eligible, COALESCE(c.registered, 0) AS registered,
           COALESCE(c.evaluated, 0) AS evaluated, COALESCE(c.passed, 0) AS passed,
           COALESCE(c.recognized, 0) AS recognized,
           0 AS good, 0 AS fair, 0 AS average, 0 AS unclassified, 0 AS rejected_rows, cu.terrain
    FROM title_entries v
    JOIN units_in_year cu ON cu.code = v.commune_code
    CROSS JOIN titles t
    LEFT JOIN village_counts c
           ON c.commune_code = v.commune_code AND c.village_code = v.code AND c.title = t.title
    WHERE v.year = @year AND v.title = @community AND t.title IN (@family, @clan, @community)
),
commune_facts AS (
    SELECT commune_code, title, eligible, registered, evaluated, passed, recognized,
           0 AS good, 0 AS fair, 0 AS average, 0 AS unclassified, 0 AS rejected_rows
    FROM entry_facts
    UNION ALL
    -- Every commune of the year is in scope of the commune-level title, assessed or not.
    SELECT code, @commune_community, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM units_in_year
    WHERE level = @commune
    UNION ALL
    SELECT a.commune_code, @commune_community, 0, 1, 1, 0, 0,
           CASE WHEN a.classification = @good THEN 1 ELSE 0 END,
           CASE WHEN a.classification = @fair THEN 1 ELSE 0 END,
           CASE WHEN a.classification = @average THEN 1 ELSE 0 END,
           CASE WHEN a.classification = @unclassified THEN 1 ELSE 0 END,
           0
    FROM commune_assessments a
    WHERE a.year = @year AND (a.evaluated_on IS NULL OR a.evaluated_on <= @asof)
    UNION ALL
    -- A row that broke several rules has several errors but is one rejected row.
    SELECT rejected.commune_code, rejected.title, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
    FROM (
        SELECT DISTINCT r.register_file_id, r.sheet, r.row_number, r.commune_code, r.title
        FROM row_issues r
        JOIN register_versions rv ON rv.register_file_id = r.register_file_id
        WHERE rv.year = @year AND r.commune_code IS NOT NULL AND r.severity = @error
    ) rejected
),
commune_counts AS (
    SELECT commune_code, title,
           SUM(eligible) AS eligible, SUM(registered) AS registered, SUM(evaluated) AS evaluated,
           SUM(passed) AS passed, SUM(recognized) AS recognized, SUM(good) AS good, SUM(fair) AS fair,
           SUM(average) AS average, SUM(unclassified) AS unclassified, SUM(rejected_rows) AS rejected_rows
    FROM commune_facts
    GROUP BY commune_code, title
),
commune_rows AS (
    SELECT u.code AS unit_code, u.name AS unit_name, u.parent_code, t.title,
           COALESCE(c.eligible, 0) AS eligible, COALESCE(c.registered, 0) AS registered,
           COALESCE(c.evaluated, 0) AS evaluated, COALESCE(c.passed, 0) AS passed,
           COALESCE(c.recognized, 0) AS recognized, COALESCE(c.good, 0) AS good,
           COALESCE(c.fair, 0) AS fair, COALESCE(c.average, 0) AS average,
           COALESCE(c.unclassified, 0) AS unclassified, COALESCE(c.rejected_rows, 0) AS rejected_rows, u.terrain
    FROM units_in_year u
    CROSS JOIN titles t
    LEFT JOIN commune_counts c ON c.commune_code = u.code AND c.title = t.title
    WHERE u.level = @commune
),
district_rows AS (
    SELECT d.code AS unit_code, d.name AS unit_name, d.parent_code, c.title,
           SUM(c.eligible) AS eligible, SUM(c.registered) AS registered, SUM(c.evaluated) AS evaluated,
           SUM(c.passed) AS passed, SUM(c.recognized) AS recognized, SUM(c.good) AS good,
           SUM(c.fair) AS fair, SUM(c.average) AS average, SUM(c.unclassified) AS unclassified,
           SUM(c.rejected_rows) AS rejected_rows, d.terrain
    FROM units_in_year d
    JOIN commune_rows c ON c.parent_code = d.code
    WHERE d.level = @district
    GROUP BY d.code, d.name, d.parent_code, d.terrain, c.title
),
province_rows AS (
    SELECT p.code AS unit_code, p.name AS unit_name, p.parent_code, d.title,
           SUM(d.eligible) AS eligible, SUM(d.registered) AS registered, SUM(d.evaluated) AS evaluated,
           SUM(d.passed) AS passed, SUM(d.recognized) AS recognized, SUM(d.good) AS good,
           SUM(d.fair) AS fair, SUM(d.average) AS average, SUM(d.unclassified) AS unclassified,
           SUM(d.rejected_rows) AS rejected_rows, p.terrain
    FROM units_in_year p
    JOIN district_rows d ON d.parent_code = p.code
    WHERE p.level = @province
    GROUP BY p.code, p.name, p.parent_code, p.terrain, d.title
)
SELECT @province AS level, r.* FROM province_rows r
UNION ALL SELECT @district, r.* FROM district_rows r
UNION ALL SELECT @commune, r.* FROM commune_rows r
UNION ALL SELECT @village, r.* FROM village_rows r
ORDER BY 1, 4, 2, 5
