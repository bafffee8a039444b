-- Large dataset, step 7: the audit log the application would have written for the generated records (see R__90
-- for how these scripts work): who created each user, activity, contact, interaction, incident, policy, version,
-- training, session and enrolment, and when; the incidents' status changes; some activity updates; the
-- publication of policy versions. Field names only, as AuditLogListener writes them.

-- Sorting the generated rows (for stable ids) in memory rather than on disk; for this transaction only.
set local work_mem = '64MB';

create temporary table large_audit on commit drop as
select action, entity_type, entity_id, actor, occurred_at, changed_fields
from (
    select 'CREATE' as action, 'User' as entity_type, u.id as entity_id, 'lead@example.com' as actor,
           u.created_at as occurred_at, 'email,displayName,department,role,active,passwordHash' as changed_fields
    from users u where u.created_by = 'large'
    union all
    select 'CREATE', 'Activity', a.id, o.email, a.created_at,
           'department,service,account,kind,title,link,activityDate,owner,status,reach,engagement,notes'
    from activities a join users o on o.id = a.owner_id where a.created_by = 'large'
    union all
    -- one activity in six was updated later (its figures or status)
    select 'UPDATE', 'Activity', a.id, o.email, a.updated_at, 'status,reach,engagement'
    from activities a join users o on o.id = a.owner_id where a.created_by = 'large' and a.id % 6 = 0
    union all
    select 'CREATE', 'Contact', c.id, coalesce(o.email, 'system'), c.created_at,
           'kind,name,outlet,links,handles,email,topics,owner,state,notes,lawfulBasis'
    from contacts c left join users o on o.id = c.owner_id where c.created_by = 'large'
    union all
    select 'CREATE', 'Interaction', i.id, coalesce(o.email, 'system'), i.created_at, 'contact,kind,occurredOn,user,summary,outcome'
    from interactions i left join users o on o.id = i.user_id where i.created_by = 'large'
    union all
    select 'CREATE', 'Incident', i.id, o.email, i.created_at, 'title,summary,service,link,detectedAt,reportedBy,kind,reportedSeverity,severity,status'
    from incidents i join users o on o.id = i.reported_by_id where i.created_by = 'large'
    union all
    select 'UPDATE', 'Incident', e.incident_id, o.email, e.recorded_at, 'status'
    from incident_timeline_entries e
    join incidents i on i.id = e.incident_id and i.created_by = 'large'
    join users o on o.id = e.actor_id
    where e.type = 'STATUS_CHANGE'
    union all
    select 'CREATE', 'Policy', p.id, o.email, p.created_at, 'title,kind,owner,allDepartments,reviewCycleMonths,nextReviewOn'
    from policies p join users o on o.id = p.owner_id where p.created_by = 'large'
    union all
    select 'CREATE', 'PolicyVersion', v.id, o.email, v.created_at, 'policy,number,body,changeSummary,state'
    from policy_versions v join policies p on p.id = v.policy_id and p.created_by = 'large' join users o on o.id = p.owner_id
    union all
    select 'UPDATE', 'PolicyVersion', v.id, o.email, v.published_at, 'state,publishedAt,publishedBy'
    from policy_versions v join users o on o.id = v.published_by_id where v.created_by = 'large' and v.published_at is not null
    union all
    select 'CREATE', 'Training', t.id, 'lead@example.com', t.created_at, 'title,description,topicKind,topic,format,trainer,materials,required'
    from trainings t where t.created_by = 'large'
    union all
    select 'CREATE', 'TrainingSession', s.id, 'lead@example.com', s.created_at, 'training,startsAt,durationMinutes,location,capacity'
    from training_sessions s where s.created_by = 'large'
    union all
    select 'CREATE', 'Enrolment', e.id, o.email, e.created_at, 'session,user,status,attendance,enrolledAt'
    from training_enrolments e join users o on o.id = e.user_id where e.created_by = 'large'
) as entry;
analyze large_audit;

-- In time order, as the application would have written them.
insert into audit_log (actor, occurred_at, action, entity_type, entity_id, changed_fields)
select actor, occurred_at, action, entity_type, entity_id, changed_fields
from large_audit
where not exists (select 1 from audit_log x join users u on x.entity_type = 'User' and x.entity_id = u.id
                  where u.created_by = 'large')
order by occurred_at, entity_type, entity_id, action;

-- Seal the new rows into the audit log's hash chain (V7), as the application does every few seconds.
select seal_audit_log();

analyze audit_log;
