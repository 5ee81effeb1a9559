-- The exemplary entities themselves, one row per year they appear in the window, in a stable order.
-- The village's name is the one its commune's register of @to gives it (as a learning community).
SELECT p.title, p.commune_code, u.parent_code AS district_code, p.village_code, v.name AS village_name, p.entity_key,
       p.year, p.code, p.name, p.recognized, p.decision_number
FROM placed p
JOIN units_in_year u ON u.code = p.commune_code
LEFT JOIN (
    SELECT commune_code, code, MIN(name) AS name
    FROM title_entries
    WHERE title = @community AND year = @to
    GROUP BY commune_code, code
) v ON v.commune_code = p.commune_code AND v.code = p.village_code
WHERE p.exemplary = 1
ORDER BY u.parent_code, p.commune_code, p.title, p.entity_key, p.year
