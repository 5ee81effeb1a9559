-- The exemplary entities, each with its years of the window side by side. Where they are counted
-- is read from commune_places beside it (WindowQuery places them): joined here, the planner would
-- match every entity against it one by one.
SELECT x.title, x.entity_key, x.last_commune, x.last_village,
       each_year(x.recognized_YYYY), each_year(x.code_YYYY), each_year(x.name_YYYY), each_year(x.decision_YYYY)
FROM entities x
WHERE x.exemplary = 1
