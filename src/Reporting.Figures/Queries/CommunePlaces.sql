SELECT p.last_commune, p.commune_code, p.district_code, p.moved, v.code AS village_code, v.name AS village_name
FROM commune_places p
-- The village's name is the one its commune's register of @to gives it (as a learning community).
LEFT JOIN (
    SELECT commune_code, code, MIN(name) AS name
    FROM title_entries
    WHERE title = @community AND year = @to
    GROUP BY commune_code, code
) v ON v.commune_code = p.commune_code
