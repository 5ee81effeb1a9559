-- Figures of one register year at every level (specs/figures.md), as of up to thirteen dates at
-- once (@asof1 <= … <= @asof13, the first @periods of them wanted: a year and its months' ends in
-- one pass, or one date): a row counts as registered, evaluated, passed or recognised as of date k if
-- the date of that step is on or before it. Each row's steps are placed once in the first as-of
-- date that counts them (as_of_bucket(d): 1…13, 99 for never), rows alike are grouped, and each
-- wanted date sums the steps placed on or before it: one scan of the year's rows for any number
-- of dates. Portable between SQLite and PostgreSQL: no ROLLUP, no FILTER, booleans read through
-- CASE. Each level is summed from the level below, so a district is the sum of its communes and
-- the province the sum of its districts.
WITH units_in_year AS (
    SELECT code, level, name, parent_code, terrain
    FROM unit_versions
    WHERE valid_from <= @jan1 AND (valid_until IS NULL OR valid_until > @jan1)
),
titles AS (
    SELECT @family AS title UNION ALL SELECT @clan UNION ALL SELECT @community UNION ALL SELECT @learning_unit
    UNION ALL SELECT @commune_community
),
as_of AS (
    SELECT k FROM (
        SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6
        UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12
        UNION ALL SELECT 13
    ) dates
    WHERE k <= @periods
),
-- The year's rows grouped by place, title and the as-of date each step first counts in; a village
-- row also brings its households as the family denominator.
entry_groups AS MATERIALIZED (
    SELECT commune_code, village_code, title, SUM(eligible) AS eligible, SUM(entries) AS entries,
           registered_by, evaluated_by, passed_by, recognized_by
    FROM (
        SELECT e.commune_code, e.village_code, e.title,
               CASE WHEN e.title = @family THEN 0 ELSE 1 END AS eligible, 1 AS entries,
               CASE WHEN e.registered THEN as_of_bucket(e.registered_on) ELSE 99 END AS registered_by,
               CASE WHEN e.result IS NOT NULL THEN as_of_bucket(e.evaluated_on) ELSE 99 END AS evaluated_by,
               CASE WHEN e.result = @passed THEN as_of_bucket(e.evaluated_on) ELSE 99 END AS passed_by,
               CASE WHEN e.recognized THEN as_of_bucket(e.recognized_on) ELSE 99 END AS recognized_by
        FROM title_entries e
        WHERE e.year = @year
        UNION ALL
        SELECT v.commune_code, v.code, @family, v.household_count, 0, 99, 99, 99, 99
        FROM title_entries v
        WHERE v.year = @year AND v.title = @community
    ) facts
    GROUP BY commune_code, village_code, title, registered_by, evaluated_by, passed_by, recognized_by
),
-- Each group's steps as counts at the as-of date that first counts them (its eligible rows at the
-- first), summed per place and date: a few rows per place, however many rows the year has.
step_counts AS (
    SELECT commune_code, village_code, title, counted_by, SUM(eligible) AS eligible, SUM(registered) AS registered,
           SUM(evaluated) AS evaluated, SUM(passed) AS passed, SUM(recognized) AS recognized
    FROM (
        SELECT commune_code, village_code, title, 1 AS counted_by, eligible, 0 AS registered, 0 AS evaluated, 0 AS passed, 0 AS recognized
        FROM entry_groups
        UNION ALL
        SELECT commune_code, village_code, title, registered_by, 0, entries, 0, 0, 0 FROM entry_groups WHERE registered_by <= @periods
        UNION ALL
        SELECT commune_code, village_code, title, evaluated_by, 0, 0, entries, 0, 0 FROM entry_groups WHERE evaluated_by <= @periods
        UNION ALL
        SELECT commune_code, village_code, title, passed_by, 0, 0, 0, entries, 0 FROM entry_groups WHERE passed_by <= @periods
        UNION ALL
        SELECT commune_code, village_code, title, recognized_by, 0, 0, 0, 0, entries FROM entry_groups WHERE recognized_by <= @periods
    ) steps
    GROUP BY commune_code, village_code, title, counted_by
),
-- As of date k, everything first counted by date k.
entry_facts AS (
    SELECT a.k, c.commune_code, c.village_code, c.title, c.eligible, c.registered, c.evaluated, c.passed, c.recognized
    FROM step_counts c
    JOIN as_of a ON c.counted_by <= a.k
),
village_counts AS (
    SELECT k, commune_code, village_code, title,
           SUM(eligible) AS eligible, SUM(registered) AS registered, SUM(evaluated) AS evaluated,
           SUM(passed) AS passed, SUM(recognized) AS recognized
    FROM entry_facts
    WHERE village_code IS NOT NULL
    GROUP BY k, commune_code, village_code, title
),
village_rows AS (
    SELECT a.k, v.code AS unit_code, v.name AS unit_name, v.commune_code AS parent_code, t.title,
           COALESCE(c.eligible, 0) AS eligible, COALESCE(c.registered, 0) AS registered,
           COALESCE(c.evaluated, 0) AS evaluated, COALESCE(c.passed, 0) AS passed,
           COALESCE(c.recognized, 0) AS recognized,
           0 AS good, 0 AS fair, 0 AS average, 0 AS unclassified, 0 AS rejected_rows, cu.terrain
    FROM title_entries v
    JOIN units_in_year cu ON cu.code = v.commune_code
    CROSS JOIN titles t
    CROSS JOIN as_of a
    LEFT JOIN village_counts c
           ON c.k = a.k AND c.commune_code = v.commune_code AND c.village_code = v.code AND c.title = t.title
    WHERE v.year = @year AND v.title = @community AND t.title IN (@family, @clan, @community)
),
commune_facts AS (
    SELECT k, commune_code, title, eligible, registered, evaluated, passed, recognized,
           0 AS good, 0 AS fair, 0 AS average, 0 AS unclassified, 0 AS rejected_rows
    FROM entry_facts
    UNION ALL
    -- Every commune of the year is in scope of the commune-level title, assessed or not.
    SELECT d.k, u.code, @commune_community, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM units_in_year u
    CROSS JOIN as_of d
    WHERE u.level = @commune
    UNION ALL
    SELECT d.k, a.commune_code, @commune_community, 0, 1, 1, 0, 0,
           CASE WHEN a.classification = @good THEN 1 ELSE 0 END,
           CASE WHEN a.classification = @fair THEN 1 ELSE 0 END,
           CASE WHEN a.classification = @average THEN 1 ELSE 0 END,
           CASE WHEN a.classification = @unclassified THEN 1 ELSE 0 END,
           0
    FROM commune_assessments a
    JOIN as_of d ON a.evaluated_on IS NULL OR as_of_bucket(a.evaluated_on) <= d.k
    WHERE a.year = @year
    UNION ALL
    -- A row that broke several rules has several errors but is one rejected row.
    SELECT d.k, rejected.commune_code, rejected.title, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
    FROM (
        SELECT DISTINCT r.register_file_id, r.sheet, r.row_number, r.commune_code, r.title
        FROM row_issues r
        JOIN register_versions rv ON rv.register_file_id = r.register_file_id
        WHERE rv.year = @year AND r.commune_code IS NOT NULL AND r.severity = @error
    ) rejected
    CROSS JOIN as_of d
),
commune_counts AS (
    SELECT k, commune_code, title,
           SUM(eligible) AS eligible, SUM(registered) AS registered, SUM(evaluated) AS evaluated,
           SUM(passed) AS passed, SUM(recognized) AS recognized, SUM(good) AS good, SUM(fair) AS fair,
           SUM(average) AS average, SUM(unclassified) AS unclassified, SUM(rejected_rows) AS rejected_rows
    FROM commune_facts
    GROUP BY k, commune_code, title
),
commune_rows AS (
    SELECT a.k, u.code AS unit_code, u.name AS unit_name, u.parent_code, t.title,
           COALESCE(c.eligible, 0) AS eligible, COALESCE(c.registered, 0) AS registered,
           COALESCE(c.evaluated, 0) AS evaluated, COALESCE(c.passed, 0) AS passed,
           COALESCE(c.recognized, 0) AS recognized, COALESCE(c.good, 0) AS good,
           COALESCE(c.fair, 0) AS fair, COALESCE(c.average, 0) AS average,
           COALESCE(c.unclassified, 0) AS unclassified, COALESCE(c.rejected_rows, 0) AS rejected_rows, u.terrain
    FROM units_in_year u
    CROSS JOIN titles t
    CROSS JOIN as_of a
    LEFT JOIN commune_counts c ON c.k = a.k AND c.commune_code = u.code AND c.title = t.title
    WHERE u.level = @commune
),
district_rows AS (
    SELECT c.k, d.code AS unit_code, d.name AS unit_name, d.parent_code, c.title,
           SUM(c.eligible) AS eligible, SUM(c.registered) AS registered, SUM(c.evaluated) AS evaluated,
           SUM(c.passed) AS passed, SUM(c.recognized) AS recognized, SUM(c.good) AS good,
           SUM(c.fair) AS fair, SUM(c.average) AS average, SUM(c.unclassified) AS unclassified,
           SUM(c.rejected_rows) AS rejected_rows, d.terrain
    FROM units_in_year d
    JOIN commune_rows c ON c.parent_code = d.code
    WHERE d.level = @district
    GROUP BY c.k, d.code, d.name, d.parent_code, d.terrain, c.title
),
province_rows AS (
    SELECT d.k, p.code AS unit_code, p.name AS unit_name, p.parent_code, d.title,
           SUM(d.eligible) AS eligible, SUM(d.registered) AS registered, SUM(d.evaluated) AS evaluated,
           SUM(d.passed) AS passed, SUM(d.recognized) AS recognized, SUM(d.good) AS good,
           SUM(d.fair) AS fair, SUM(d.average) AS average, SUM(d.unclassified) AS unclassified,
           SUM(d.rejected_rows) AS rejected_rows, p.terrain
    FROM units_in_year p
    JOIN district_rows d ON d.parent_code = p.code
    WHERE p.level = @province
    GROUP BY d.k, p.code, p.name, p.parent_code, p.terrain, d.title
)
SELECT @province AS level, r.* FROM province_rows r
UNION ALL SELECT @district, r.* FROM district_rows r
UNION ALL SELECT @commune, r.* FROM commune_rows r
UNION ALL SELECT @village, r.* FROM village_rows r
ORDER BY 2, 1, 5, 3, 6
