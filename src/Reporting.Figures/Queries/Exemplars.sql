-- The exemplary entities themselves, one row per year they appear in the window, in a stable order.
SELECT p.title, p.commune_code, u.parent_code AS district_code, p.village_code, p.entity_key,
       p.year, p.code, p.name, p.recognized, p.decision_number
FROM placed p
JOIN units_in_year u ON u.code = p.commune_code
WHERE p.exemplary = 1
ORDER BY u.parent_code, p.commune_code, p.title, p.entity_key, p.year
