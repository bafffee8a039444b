-- Goals fixtures: one goal of this year (the lead's, narrowed to nothing).
insert into goals (metric, period_kind, period_year, period_number, target, note, created_at, created_by, updated_at,
                   updated_by)
select 'activities:ALL', 'YEAR', extract(year from current_date)::int, 0, 100, 'Matrix Goal', now(), 'test', now(),
       'test'
where not exists (select 1 from goals where note = 'Matrix Goal');

-- and one manual figure, of a month long past
insert into goal_data_points (metric, month, value, note, entered_by_id, created_at, created_by, updated_at, updated_by)
select 'OTHER', date '1999-01-01', 1, 'Matrix Point', u.id, now(), 'test', now(), 'test'
from users u order by u.id limit 1
on conflict (metric, month) do nothing;
