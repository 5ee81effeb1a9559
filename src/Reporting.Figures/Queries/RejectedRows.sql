-- The rejected rows of the registers that count for @year, per unit, file, sheet and rule; and every
-- file of @year rejected whole after the register that counts (or with none counting), which the
-- unit still has to send again.
WITH counting AS (
    SELECT rv.unit_code, rv.register_file_id, f.file_name, f.received_at
    FROM register_versions rv
    JOIN register_files f ON f.id = rv.register_file_id
    WHERE rv.year = @year
)
SELECT c.unit_code, c.file_name, i.sheet, i.rule, COUNT(*) AS rows_rejected, MIN(i.message_vi) AS example
FROM counting c
JOIN row_issues i ON i.register_file_id = c.register_file_id
WHERE i.severity = @error
GROUP BY c.unit_code, c.file_name, i.sheet, i.rule
UNION ALL
SELECT f.unit_code, f.file_name, NULL, @file_rejected, NULL, f.message
FROM register_files f
LEFT JOIN counting c ON c.unit_code = f.unit_code
WHERE f.outcome = @rejected AND f.year = @year AND f.unit_code IS NOT NULL
  AND (c.unit_code IS NULL OR f.received_at > c.received_at)
ORDER BY 1, 2, 3, 4
