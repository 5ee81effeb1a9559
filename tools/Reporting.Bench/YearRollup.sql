-- The floor the benchmark holds the yearly figures against: the same counts of one year per
-- commune, district and province, for the four titles, in one GROUP BY ROLLUP. PostgreSQL only;
-- no villages, no rates, no Circular 44 title, no rejected rows.
WITH facts AS (
    SELECT e.commune_code, e.title,
           CASE WHEN e.title = 1 THEN 0 ELSE 1 END AS eligible,
           CASE WHEN e.registered AND e.registered_on <= @asof THEN 1 ELSE 0 END AS registered,
           CASE WHEN e.result IS NOT NULL AND e.evaluated_on <= @asof THEN 1 ELSE 0 END AS evaluated,
           CASE WHEN e.result = 1 AND e.evaluated_on <= @asof THEN 1 ELSE 0 END AS passed,
           CASE WHEN e.recognized AND e.recognized_on <= @asof THEN 1 ELSE 0 END AS recognized
    FROM title_entries e
    WHERE e.year = @year
    UNION ALL
    SELECT v.commune_code, 1, v.household_count, 0, 0, 0, 0
    FROM title_entries v
    WHERE v.year = @year AND v.title = 3
)
SELECT u.parent_code AS district_code, f.commune_code, f.title,
       SUM(f.eligible) AS eligible, SUM(f.registered) AS registered, SUM(f.evaluated) AS evaluated,
       SUM(f.passed) AS passed, SUM(f.recognized) AS recognized
FROM facts f
JOIN unit_versions u
  ON u.code = f.commune_code AND u.valid_from <= @jan1 AND (u.valid_until IS NULL OR u.valid_until > @jan1)
GROUP BY f.title, ROLLUP (u.parent_code, f.commune_code)
