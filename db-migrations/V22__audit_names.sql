-- The audit log keeps the names it shows (who acted, what was changed) with each entry, written when the change is
-- recorded, so that reading the log needs no other module's tables and shows the names things had at the time.
ALTER TABLE audit_entry ADD COLUMN actor_name VARCHAR(300) NULL;
ALTER TABLE audit_entry ADD COLUMN subject VARCHAR(300) NULL;

-- Entries written before: the names as the log showed them until now (jOOQ's code generator skips this part)
/* [jooq ignore start] */
UPDATE audit_entry e SET actor_name = (SELECT u.display_name FROM app_user u WHERE u.username = e.actor LIMIT 1);

UPDATE audit_entry e SET subject = LEFT(CASE
    WHEN e.entity_type IN ('cycle', 'compilation') AND e.entity_id REGEXP '^[0-9]+$' THEN
        (SELECT CONCAT(a.name, ' ', c.cycle_year) FROM cycle c JOIN area a ON a.id = c.area_id WHERE c.id = e.entity_id)
    WHEN e.entity_type = 'analysisReport' AND e.entity_id REGEXP '^[0-9]+$' THEN
        (SELECT CONCAT(a.name, ' ', c.cycle_year) FROM analysis_report r JOIN cycle c ON c.id = r.cycle_id
         JOIN area a ON a.id = c.area_id WHERE r.id = e.entity_id)
    WHEN e.entity_type = 'meeting' AND e.entity_id REGEXP '^[0-9]+$' THEN
        (SELECT m.title FROM meeting m WHERE m.id = e.entity_id)
    WHEN e.entity_type = 'request' AND e.entity_id REGEXP '^[0-9]+$' THEN
        (SELECT q.title FROM request q WHERE q.id = e.entity_id)
    WHEN e.entity_type = 'submission' AND e.entity_id REGEXP '^[0-9]+/' THEN
        CONCAT((SELECT q.title FROM request q WHERE q.id = SUBSTRING_INDEX(e.entity_id, '/', 1)), ' – ',
               (SELECT m.name FROM municipality m WHERE m.code = SUBSTRING_INDEX(e.entity_id, '/', -1)))
    WHEN e.entity_type = 'developmentArea' AND e.entity_id REGEXP '^[0-9]+$' THEN
        (SELECT d.title FROM development_area d WHERE d.id = e.entity_id)
    WHEN e.entity_type = 'proposal' AND e.entity_id REGEXP '^[0-9]+$' THEN
        (SELECT d.title FROM analysis_proposal p JOIN development_area d ON d.id = p.development_area_id
         WHERE p.id = e.entity_id)
    WHEN e.entity_type = 'followUp' AND e.entity_id REGEXP '^[0-9]+$' THEN
        (SELECT f.title FROM follow_up f WHERE f.id = e.entity_id)
    WHEN e.entity_type = 'knowledgeItem' AND e.entity_id REGEXP '^[0-9]+$' THEN
        (SELECT k.title FROM knowledge_item k WHERE k.id = e.entity_id)
    WHEN e.entity_type = 'user' AND e.entity_id REGEXP '^[0-9]+$' THEN
        (SELECT u.display_name FROM app_user u WHERE u.id = e.entity_id)
    WHEN e.entity_type = 'municipality' AND e.entity_id REGEXP '^[0-9]+$' THEN
        (SELECT m.name FROM municipality m WHERE m.id = e.entity_id)
    WHEN e.entity_type = 'area' AND e.entity_id REGEXP '^[0-9]+$' THEN
        (SELECT a.name FROM area a WHERE a.id = e.entity_id)
    WHEN e.entity_type IN ('cycle', 'compilation', 'analysisReport', 'meeting', 'request', 'submission',
                           'developmentArea', 'proposal', 'followUp', 'knowledgeItem', 'user', 'municipality', 'area')
        THEN NULL
    ELSE e.entity_id
END, 300);
/* [jooq ignore stop] */
