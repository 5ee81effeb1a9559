-- The entities of a window @from–@to, each followed by its entity key (which carries Mã cũ across
-- the mergers) and placed where it stood in its latest year of the window; an entity last seen in
-- a commune that no longer exists in @to is moved to that commune's successor, under a village
-- named after its old commune and village, so that nothing is lost between levels.
-- Window functions carry each entity's totals and latest place to all its rows, so no large set is
-- ever joined to another: the plan stays linear whatever the planner believes about row counts.
WITH units_in_year AS (
    SELECT code, level, name, parent_code
    FROM unit_versions
    WHERE valid_from <= @jan1 AND (valid_until IS NULL OR valid_until > @jan1)
),
per_year AS (
    SELECT e.title, e.entity_key, e.year,
           MAX(CASE WHEN e.recognized THEN 1 ELSE 0 END) AS recognized,
           MIN(e.commune_code) AS commune_code, MIN(e.village_code) AS village_code,
           MIN(e.code) AS code, MIN(e.name) AS name, MIN(e.decision_number) AS decision_number
    FROM title_entries e
    WHERE e.year >= @from AND e.year <= @to
    GROUP BY e.title, e.entity_key, e.year
),
entity_years AS (
    SELECT y.title, y.entity_key, y.year, y.recognized, y.code, y.name, y.decision_number,
           SUM(y.recognized) OVER entity AS recognized_years,
           MAX(CASE WHEN y.recognized = 1 AND y.year = @to THEN 1 ELSE 0 END) OVER entity AS recognized_last,
           FIRST_VALUE(y.commune_code) OVER latest_first AS last_commune,
           FIRST_VALUE(y.village_code) OVER latest_first AS last_village,
           ROW_NUMBER() OVER latest_first AS recency
    FROM per_year y
    WINDOW entity AS (PARTITION BY y.title, y.entity_key),
           latest_first AS (PARTITION BY y.title, y.entity_key ORDER BY y.year DESC)
),
successors AS (
    SELECT old_code, MIN(new_code) AS new_code
    FROM unit_changes
    WHERE old_code <> new_code AND effective_date <= @jan1
    GROUP BY old_code
),
-- Where each commune an entity may last have been seen in stands in @to: itself, or the commune
-- it merged into (moved), with the district it lies in. A few hundred rows: entities are placed by
-- joining to this, or grouped before they are, so no large set is joined to a unit.
commune_places AS (
    SELECT c.code AS last_commune, p.code AS commune_code, p.parent_code AS district_code,
           CASE WHEN u.code IS NULL THEN 1 ELSE 0 END AS moved
    FROM (SELECT DISTINCT code FROM unit_versions WHERE level = @commune) c
    LEFT JOIN units_in_year u ON u.code = c.code AND u.level = @commune
    LEFT JOIN successors s ON s.old_code = c.code
    JOIN units_in_year p ON p.code = CASE WHEN u.code IS NULL THEN s.new_code ELSE c.code END
),
-- Each entity once, at its latest year of the window, with what it counts for.
entities AS (
    SELECT e.title, e.entity_key, e.last_commune, e.last_village,
           CASE WHEN e.recognized_years >= 1 THEN 1 ELSE 0 END AS recognized_any,
           CASE WHEN e.recognized_years = @to - @from + 1 THEN 1 ELSE 0 END AS recognized_every_year,
           CASE WHEN e.recognized_years >= @minyears AND (@lastrequired = 0 OR e.recognized_last = 1) THEN 1 ELSE 0 END AS exemplary
    FROM entity_years e
    WHERE e.recency = 1
)
