-- The entities of a window @from–@to, each followed by its entity key (which carries Mã cũ across
-- the mergers) and placed where it stood in its latest year of the window; an entity last seen in
-- a commune that no longer exists in @to is moved to that commune's successor, under a village
-- named after its old commune and village, so that nothing is lost between levels; one last seen
-- in a commune that is not a unit of @to nor merged into one is not counted.
-- The window's rows are read once, grouped by entity, with a column per year of the window:
-- WindowQuery writes the argument of each_year out for every year of the window, comma-separated
-- (YYYY standing for the year), that of sum_years as their sum, that of latest_first from the last
-- year back, and TO_YEAR as @to's year.
WITH units_in_year AS (
    SELECT code, level, name, parent_code
    FROM unit_versions
    WHERE valid_from <= @jan1 AND (valid_until IS NULL OR valid_until > @jan1)
),
-- Whether the entity was recognised in each year (an entity listed twice in a year counts once),
-- and the smallest commune and village code, code, name and decision it had that year (a statement
-- that reads none of the last three does not compute them).
entity_years AS (
    SELECT e.title, e.entity_key,
           each_year(MAX(CASE WHEN e.year = YYYY AND e.recognized THEN 1 ELSE 0 END) AS recognized_YYYY),
           each_year(MIN(CASE WHEN e.year = YYYY THEN e.commune_code END) AS commune_YYYY),
           each_year(MIN(CASE WHEN e.year = YYYY THEN e.village_code END) AS village_YYYY),
           each_year(MIN(CASE WHEN e.year = YYYY THEN e.code END) AS code_YYYY),
           each_year(MIN(CASE WHEN e.year = YYYY THEN e.name END) AS name_YYYY),
           each_year(MIN(CASE WHEN e.year = YYYY THEN e.decision_number END) AS decision_YYYY)
    FROM title_entries e
    WHERE e.year >= @from AND e.year <= @to
    GROUP BY e.title, e.entity_key
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
-- Each entity once, where it stood in its latest year of the window, with what it counts for.
entities AS (
    SELECT y.title, y.entity_key,
           CASE latest_first(WHEN y.commune_YYYY IS NOT NULL THEN y.commune_YYYY) END AS last_commune,
           CASE latest_first(WHEN y.commune_YYYY IS NOT NULL THEN y.village_YYYY) END AS last_village,
           CASE WHEN sum_years(y.recognized_YYYY) >= 1 THEN 1 ELSE 0 END AS recognized_any,
           CASE WHEN sum_years(y.recognized_YYYY) = @to - @from + 1 THEN 1 ELSE 0 END AS recognized_every_year,
           CASE WHEN sum_years(y.recognized_YYYY) >= @minyears AND (@lastrequired = 0 OR y.recognized_TO_YEAR = 1) THEN 1 ELSE 0 END AS exemplary,
           each_year(y.recognized_YYYY), each_year(y.code_YYYY), each_year(y.name_YYYY), each_year(y.decision_YYYY)
    FROM entity_years y
)
