-- Policies: "Matrix Policy" (Matrix Home) with a published version 1 and a draft version 2; "Matrix Draft Policy"
-- with only a draft.
insert into policies (title, kind, owner_id, all_departments, review_cycle_months, next_review_on,
                      created_at, created_by, updated_at, updated_by)
select t.title, 'BLOGGING', u.id, false, 12, current_date + 30, now(), 'test', now(), 'test'
from (values ('Matrix Policy'), ('Matrix Draft Policy')) as t (title)
join users u on u.email = 'matrix-lead@test.example'
where not exists (select 1 from policies p where p.title = t.title);

insert into policy_departments (policy_id, department_id)
select p.id, d.id from policies p join departments d on d.name = 'Matrix Home'
where p.title in ('Matrix Policy', 'Matrix Draft Policy')
on conflict do nothing;

insert into policy_versions (policy_id, number, body, change_summary, state, published_at, published_by_id,
                             created_at, created_by, updated_at, updated_by)
select p.id, v.number, v.body, 'Matrix', v.state, case when v.state = 'PUBLISHED' then now() end,
       case when v.state = 'PUBLISHED' then u.id end, now(), 'test', now(), 'test'
from (values ('Matrix Policy', 1, 'Published text', 'PUBLISHED'),
             ('Matrix Policy', 2, 'Draft text', 'DRAFT'),
             ('Matrix Draft Policy', 1, 'Only a draft', 'DRAFT')) as v (title, number, body, state)
join policies p on p.title = v.title
join users u on u.email = 'matrix-lead@test.example'
on conflict (policy_id, number) do nothing;
