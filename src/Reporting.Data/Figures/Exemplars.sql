-- The exemplary entities themselves, one row per year they appear in the window, in a stable order.
SELECT f.title, f.commune_code, u.parent_code AS district_code, f.village_code, f.entity_key,
       w.year, w.code, w.name, w.recognized, w.decision_number
FROM facts f
JOIN units_in_year u ON u.code = f.commune_code
JOIN window_rows w ON w.title = f.title AND w.entity_key = f.entity_key
WHERE f.exemplary = 1
ORDER BY u.parent_code, f.commune_code, f.title, f.entity_key, w.year
