-- Large dataset (profile "large", on top of "demo"), step 1: the colleagues of a mid-size company, ${large-users}
-- people over the eight demo departments. Every generated row is marked created_by = 'large'.
--
-- How all the R__9x_large_* scripts work:
-- * Set-based: one INSERT ... SELECT over generate_series per table, no loops.
-- * Deterministic: every "random" choice is large_random(seed), a number in [0, 1) taken from the MD5 of a text
--   seed such as 'user-dept-17'. MD5 is the same on every PostgreSQL version and in every plan (random() with
--   setseed() is not, once rows are joined or read in parallel). Dates are relative to current_date, never now(),
--   and every big INSERT orders its rows so the generated ids are the same too: two runs on the same day give
--   identical rows.
-- * Re-runnable: a changed script runs again (Flyway repeatable migration), but every INSERT is guarded so
--   nothing is added twice.
-- * The sizes are Flyway placeholders set in application-large.properties.

-- large_random(seed): a pseudo-random number in [0, 1) from the first 52 bits of md5(seed). A temporary function
-- (it lives for this connection only and leaves nothing in the schema); each script declares it again.
create or replace function pg_temp.large_random(seed text) returns double precision
    language sql immutable
as $$ select ('x' || substr(md5(seed), 1, 13))::bit(52)::bigint::double precision / 4503599627370496 $$;

-- large_pick(items, seed): one element of an array, chosen by large_random(seed).
create or replace function pg_temp.large_pick(items text[], seed text) returns text
    language sql immutable
as $$ select items[1 + floor(pg_temp.large_random(seed) * cardinality(items))::int] $$;

-- large_weighted(items, bounds, seed): one element of items, where bounds are the cumulative upper limits of all but
-- the last: large_weighted(array['a', 'b', 'c'], array[0.5, 0.8], s) is 'a' half of the time, 'b' 30 %, 'c' 20 %.
-- One draw (width_bucket finds the place), where a CASE over the same draw would compute it once per branch.
create or replace function pg_temp.large_weighted(items text[], bounds double precision[], seed text) returns text
    language sql immutable
as $$ select items[1 + width_bucket(pg_temp.large_random(seed), bounds)] $$;

-- Departments weighted roughly like the demo head counts: support and marketing are big, legal is small.
-- 4 % managers, the rest staff (the demo's lead stays the only LEAD); 5 % have left (inactive).
-- Password of every generated user, as for the demo users: smrdesk-demo
insert into users (email, display_name, department_id, role, active, password_hash,
                   created_at, created_by, updated_at, updated_by)
select lower(u.first_name || '.' || u.last_name || '.' || u.g) || '@example.com',
       u.first_name || ' ' || u.last_name,
       d.id,
       case when pg_temp.large_random('user-role-' || u.g) < 0.04 then 'MANAGER' else 'STAFF' end,
       pg_temp.large_random('user-active-' || u.g) >= 0.05,
       '$2a$10$Mx.a3ykGqVV2.Mg6d/GJD.1ovrDjn1xfd1v08QZeMUObkXYQrA2A.',
       u.joined, 'large', u.joined, 'large'
from (
    select g,
           pg_temp.large_pick(array['Alex', 'Bailey', 'Camille', 'Dana', 'Eli', 'Farah', 'Gabriel', 'Hanna', 'Ilya',
                                    'Jonas', 'Kai', 'Lena', 'Marek', 'Nadia', 'Omar', 'Paula', 'Quentin', 'Rosa',
                                    'Selin', 'Tomas', 'Uma', 'Viktor', 'Wanda', 'Xavier', 'Yara', 'Zeno', 'Amira',
                                    'Bruno', 'Chiara', 'Dmitri', 'Esther', 'Felix', 'Greta', 'Hugo', 'Ines',
                                    'Jakob', 'Karin', 'Luca', 'Mette', 'Niels'], 'user-first-' || g) as first_name,
           pg_temp.large_pick(array['Andersen', 'Berger', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia',
                                    'Horvat', 'Ivanova', 'Jansen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak',
                                    'Okafor', 'Petrov', 'Quist', 'Rossi', 'Schmidt', 'Tanaka', 'Ueda', 'Varga',
                                    'Weber', 'Yilmaz', 'Zeller', 'Almeida', 'Brandt', 'Carlsen', 'Demir',
                                    'Engel', 'Fontaine', 'Gruber', 'Haas', 'Keller', 'Laine', 'Maier', 'Nilsen',
                                    'Olsen', 'Pereira', 'Richter'], 'user-last-' || g) as last_name,
           pg_temp.large_weighted(array['Customer Support', 'Marketing', 'Product', 'IT', 'HR', 'Communications',
                                        'Legal', 'Executive'],
                                  array[0.30, 0.48, 0.64, 0.74, 0.83, 0.91, 0.96], 'user-dept-' || g) as department,
           -- joined at some point in the last five years, at nine in the morning
           (current_date - floor(pg_temp.large_random('user-joined-' || g) * 1826)::int + time '09:00')
               at time zone 'Europe/Berlin' as joined
    from generate_series(1, ${large-users}) as g
) as u
join departments d on d.name = u.department
where not exists (select 1 from users where created_by = 'large')
order by u.g
on conflict (email) do nothing;

analyze users;
