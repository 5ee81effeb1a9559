-- The entities of a window @from–@to, each followed by its entity key (which carries Mã cũ across
-- the mergers) and placed where it stood in its latest year of the window; an entity last seen in
-- a commune that no longer exists in @to is moved to that commune's successor, under a village
-- named after its old commune and village, so that nothing is lost between levels.
WITH units_in_year AS (
    SELECT code, level, name, parent_code
    FROM unit_versions
    WHERE valid_from <= @jan1 AND (valid_until IS NULL OR valid_until > @jan1)
),
window_rows AS (
    SELECT e.title, e.entity_key, e.year, e.commune_code, e.village_code, e.code, e.name, e.decision_number,
           CASE WHEN e.recognized THEN 1 ELSE 0 END AS recognized
    FROM title_entries e
    WHERE e.year >= @from AND e.year <= @to
),
latest AS (
    SELECT title, entity_key, MAX(year) AS year
    FROM window_rows
    GROUP BY title, entity_key
),
entities AS (
    SELECT w.title, w.entity_key,
           COUNT(DISTINCT CASE WHEN w.recognized = 1 THEN w.year END) AS recognized_years,
           MAX(CASE WHEN w.recognized = 1 AND w.year = @to THEN 1 ELSE 0 END) AS recognized_last
    FROM window_rows w
    GROUP BY w.title, w.entity_key
),
last_place AS (
    SELECT w.title, w.entity_key, MIN(w.commune_code) AS commune_code, MIN(w.village_code) AS village_code
    FROM window_rows w
    JOIN latest l ON l.title = w.title AND l.entity_key = w.entity_key AND l.year = w.year
    GROUP BY w.title, w.entity_key
),
successors AS (
    SELECT old_code, MIN(new_code) AS new_code
    FROM unit_changes
    WHERE old_code <> new_code AND effective_date <= @jan1
    GROUP BY old_code
),
placed AS (
    SELECT e.title, e.entity_key, e.recognized_years, e.recognized_last,
           CASE WHEN u.code IS NULL THEN s.new_code ELSE p.commune_code END AS commune_code,
           CASE WHEN u.code IS NULL AND p.village_code IS NOT NULL THEN p.commune_code || '/' || p.village_code
                ELSE p.village_code END AS village_code,
           p.commune_code AS origin_commune, p.village_code AS origin_village
    FROM entities e
    JOIN last_place p ON p.title = e.title AND p.entity_key = e.entity_key
    LEFT JOIN units_in_year u ON u.code = p.commune_code AND u.level = 3
    LEFT JOIN successors s ON s.old_code = p.commune_code
),
facts AS (
    SELECT title, entity_key, commune_code, village_code, origin_commune, origin_village,
           CASE WHEN recognized_years >= 1 THEN 1 ELSE 0 END AS recognized_any,
           CASE WHEN recognized_years = @to - @from + 1 THEN 1 ELSE 0 END AS recognized_every_year,
           CASE WHEN recognized_years >= @minyears AND (@lastrequired = 0 OR recognized_last = 1) THEN 1 ELSE 0 END AS exemplary
    FROM placed
    WHERE commune_code IS NOT NULL
)
