-- Which communes and districts had a register of @year as it stood on @standing_on (its
-- Ngày cập nhật on or before that day), how fresh it was (updated on or after @fresh_since is on
-- time), and per district and province how many communes reported.
WITH units_in_year AS (
    SELECT code, level, name, parent_code
    FROM unit_versions
    WHERE valid_from <= @jan1 AND (valid_until IS NULL OR valid_until > @jan1)
),
-- A register as it stood on @standing_on: the current version if it was updated by then, else the
-- newest accepted register of the unit updated by then (so a past month shows what existed then).
earlier AS (
    SELECT id, unit_code, updated_on, received_at
    FROM (
        SELECT f.id, f.unit_code, f.updated_on, f.received_at,
               ROW_NUMBER() OVER (PARTITION BY f.unit_code ORDER BY f.updated_on DESC, f.received_at DESC) AS recency
        FROM register_files f
        WHERE f.year = @year AND f.outcome IN ('Accepted', 'PartlyAccepted') AND f.updated_on <= @standing_on
    ) ranked
    WHERE recency = 1
),
standing AS (
    SELECT u.code, u.level, u.name, u.parent_code,
           COALESCE(rv.unit_code, e.unit_code) AS unit_code,
           COALESCE(rv.updated_on, e.updated_on) AS updated_on,
           COALESCE(rv.stored_at, e.received_at) AS stored_at,
           COALESCE(rv.register_file_id, e.id) AS register_file_id
    FROM units_in_year u
    LEFT JOIN register_versions rv ON rv.unit_code = u.code AND rv.year = @year AND rv.updated_on <= @standing_on
    LEFT JOIN earlier e ON e.unit_code = u.code AND rv.unit_code IS NULL
    WHERE u.level IN (@district, @commune)
),
registers AS (
    SELECT s.code, s.level, s.name, s.parent_code, s.updated_on, s.stored_at, f.rows_rejected,
           CASE WHEN s.unit_code IS NULL THEN 0 ELSE 1 END AS submitted,
           CASE WHEN s.unit_code IS NOT NULL AND s.updated_on >= @fresh_since THEN 1 ELSE 0 END AS on_time
    FROM standing s
    LEFT JOIN register_files f ON f.id = s.register_file_id
),
district_counts AS (
    SELECT parent_code AS code, COUNT(*) AS expected, SUM(submitted) AS submitted, SUM(on_time) AS on_time
    FROM registers
    WHERE level = @commune
    GROUP BY parent_code
),
province_counts AS (
    SELECT d.parent_code AS code, SUM(c.expected) AS expected, SUM(c.submitted) AS submitted, SUM(c.on_time) AS on_time
    FROM district_counts c
    JOIN units_in_year d ON d.code = c.code
    GROUP BY d.parent_code
)
SELECT @province AS level, p.code, p.name, p.parent_code, NULL AS submitted, NULL AS on_time, NULL AS updated_on, NULL AS stored_at,
       NULL AS rows_rejected, c.expected, c.submitted AS communes_submitted, c.on_time AS communes_on_time
FROM province_counts c JOIN units_in_year p ON p.code = c.code
UNION ALL
SELECT @district, r.code, r.name, r.parent_code, r.submitted, r.on_time, r.updated_on, r.stored_at, r.rows_rejected,
       c.expected, c.submitted, c.on_time
FROM registers r LEFT JOIN district_counts c ON c.code = r.code
WHERE r.level = @district
UNION ALL
SELECT @commune, r.code, r.name, r.parent_code, r.submitted, r.on_time, r.updated_on, r.stored_at, r.rows_rejected, NULL, NULL, NULL
FROM registers r
WHERE r.level = @commune
ORDER BY 1, 4, 2
