,
-- The entities counted by the place they were last seen in, then placed: the same sums, placed a
-- few thousand times rather than once per entity.
seen AS (
    SELECT title, last_commune, last_village,
           SUM(recognized_any) AS recognized_any, SUM(recognized_every_year) AS recognized_every_year, SUM(exemplary) AS exemplary
    FROM entities
    GROUP BY title, last_commune, last_village
),
facts AS (
    SELECT s.title, p.commune_code,
           CASE WHEN p.moved = 1 AND s.last_village IS NOT NULL THEN s.last_commune || '/' || s.last_village ELSE s.last_village END AS village_code,
           s.last_commune AS origin_commune, s.last_village AS origin_village,
           s.recognized_any, s.recognized_every_year, s.exemplary
    FROM seen s
    JOIN commune_places p ON p.last_commune = s.last_commune
),
village_counts AS (
    SELECT commune_code, village_code, title, MIN(origin_commune) AS origin_commune, MIN(origin_village) AS origin_village,
           SUM(recognized_any) AS recognized_any, SUM(recognized_every_year) AS recognized_every_year, SUM(exemplary) AS exemplary
    FROM facts
    WHERE village_code IS NOT NULL
    GROUP BY commune_code, village_code, title
),
village_names AS (
    SELECT commune_code, code, MAX(name) AS name
    FROM title_entries
    WHERE title = @community AND year >= @from AND year <= @to
    GROUP BY commune_code, code
),
village_rows AS (
    SELECT c.commune_code AS parent_code, c.village_code AS unit_code, c.title,
           c.recognized_any, c.recognized_every_year, c.exemplary, n.name
    FROM village_counts c
    LEFT JOIN village_names n ON n.commune_code = c.origin_commune AND n.code = c.origin_village
),
commune_rows AS (
    SELECT u.parent_code, f.commune_code AS unit_code, f.title,
           SUM(f.recognized_any) AS recognized_any, SUM(f.recognized_every_year) AS recognized_every_year, SUM(f.exemplary) AS exemplary
    FROM facts f
    JOIN units_in_year u ON u.code = f.commune_code
    GROUP BY u.parent_code, f.commune_code, f.title
),
district_rows AS (
    SELECT d.parent_code, c.parent_code AS unit_code, c.title,
           SUM(c.recognized_any) AS recognized_any, SUM(c.recognized_every_year) AS recognized_every_year, SUM(c.exemplary) AS exemplary
    FROM commune_rows c
    JOIN units_in_year d ON d.code = c.parent_code
    GROUP BY d.parent_code, c.parent_code, c.title
),
province_rows AS (
    SELECT NULL AS parent_code, d.parent_code AS unit_code, d.title,
           SUM(d.recognized_any) AS recognized_any, SUM(d.recognized_every_year) AS recognized_every_year, SUM(d.exemplary) AS exemplary
    FROM district_rows d
    GROUP BY d.parent_code, d.title
)
SELECT @province AS level, parent_code, unit_code, title, recognized_any, recognized_every_year, exemplary, NULL AS name FROM province_rows
UNION ALL SELECT @district, parent_code, unit_code, title, recognized_any, recognized_every_year, exemplary, NULL FROM district_rows
UNION ALL SELECT @commune, parent_code, unit_code, title, recognized_any, recognized_every_year, exemplary, NULL FROM commune_rows
UNION ALL SELECT @village, parent_code, unit_code, title, recognized_any, recognized_every_year, exemplary, name FROM village_rows
