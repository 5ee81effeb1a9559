-- The exemplary entities, one row per year they appear in the window, each entity's years together
-- and in order. Where they are counted is read from commune_places beside it (WindowQuery places
-- them): joined here, the planner would match every row against it one by one.
SELECT e.title, e.entity_key, x.last_commune, x.last_village, e.year,
       MIN(e.code) AS code, MIN(e.name) AS name, MAX(CASE WHEN e.recognized THEN 1 ELSE 0 END) AS recognized,
       MIN(e.decision_number) AS decision_number
FROM title_entries e
JOIN entities x ON x.title = e.title AND x.entity_key = e.entity_key
WHERE e.year >= @from AND e.year <= @to AND x.exemplary = 1
GROUP BY e.title, e.entity_key, x.last_commune, x.last_village, e.year
ORDER BY e.title, e.entity_key, e.year
