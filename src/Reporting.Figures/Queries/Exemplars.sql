-- The exemplary entities, one row per year they appear in the window, each entity's years together
-- and in order. Where they are counted is read from commune_places beside it (WindowQuery places
-- them): joined here, the planner would match every row against it one by one.
SELECT y.title, y.entity_key, y.last_commune, y.last_village, y.year, y.code, y.name, y.recognized, y.decision_number
FROM entity_years y
WHERE y.recognized_years >= @minyears AND (@lastrequired = 0 OR y.recognized_last = 1)
ORDER BY y.title, y.entity_key, y.year
