-- Large dataset, step 3: ${large-contacts} outside contacts and ${large-interactions} interactions with them (see
-- R__90 for how these scripts work). A few are critics (2 %, the second one always) or asked not to be contacted (1 %). The first one,
-- a consumer journalist, is the company's busiest relationship with ${large-busiest-contact-interactions}
-- interactions; the other interactions favour the first contacts (most relationships are quiet, a few are busy).
-- Some outreach activities name the contact they reached.

-- Sorting the generated rows (for stable ids) in memory rather than on disk; for this transaction only.
set local work_mem = '64MB';

create or replace function pg_temp.large_random(seed text) returns double precision
    language sql immutable
as $$ select ('x' || substr(md5(seed), 1, 13))::bit(52)::bigint::double precision / 4503599627370496 $$;

create or replace function pg_temp.large_pick(items text[], seed text) returns text
    language sql immutable
as $$ select items[1 + floor(pg_temp.large_random(seed) * cardinality(items))::int] $$;

-- large_weighted(items, bounds, seed): one element of items, where bounds are the cumulative upper limits of all but
-- the last: large_weighted(array['a', 'b', 'c'], array[0.5, 0.8], s) is 'a' half of the time, 'b' 30 %, 'c' 20 %.
-- One draw (width_bucket finds the place), where a CASE over the same draw would compute it once per branch.
create or replace function pg_temp.large_weighted(items text[], bounds double precision[], seed text) returns text
    language sql immutable
as $$ select items[1 + width_bucket(pg_temp.large_random(seed), bounds)] $$;

-- Owners: active colleagues numbered 1..size (temporary, dropped at the end of the connection).
create temporary table large_owner on commit drop as
select id, email, row_number() over (order by id) as n from users where active;
analyze large_owner;

insert into contacts (kind, name, outlet, links, handles, email, topics, owner_id, state, notes, lawful_basis,
                      created_at, created_by, updated_at, updated_by)
select c.kind, c.name, c.outlet || ' (fictional)',
       case when c.kind not in ('INTERNAL', 'VENDOR_CONTACT') then 'https://' || c.slug || '.example.com' end,
       case when c.kind in ('BLOGGER', 'INFLUENCER', 'JOURNALIST') then '@' || lower(replace(c.name, ' ', '')) || c.g end,
       lower(replace(c.name, ' ', '.')) || '.' || c.g || '@' || case when c.g % 3 = 0 then c.slug || '.test' else c.slug || '.example.com' end,
       pg_temp.large_pick(array['consumer tech', 'smart home', 'sustainability', 'retail', 'design', 'privacy',
                                'customer service', 'gadgets', 'DIY', 'family', 'business', 'logistics'], 'contact-topics-' || c.g),
       o.id, c.state,
       case c.state
           when 'CRITIC' then 'Has written critically about our support response times; answer fast and factually.'
           when 'DO_NOT_CONTACT' then 'Asked in writing not to be contacted again. Only log their public comments.'
           when 'ADVOCATE' then 'Long-standing supporter; offer early briefings.'
       end,
       case when c.kind = 'INTERNAL' then 'Employee directory.'
            else 'Legitimate interest: professional contact details published by the contact.' end,
       c.added, 'large', c.added, 'large'
from (select *, lower(regexp_replace(outlet, '[^A-Za-z]', '', 'g')) as slug from (
    select g,
           case when g = 1 then 'JOURNALIST'
                else pg_temp.large_weighted(array['BLOGGER', 'JOURNALIST', 'INFLUENCER', 'ANALYST', 'COMMUNITY_MANAGER',
                                                  'VENDOR_CONTACT', 'INTERNAL'],
                                            array[0.30, 0.55, 0.75, 0.80, 0.88, 0.93], 'contact-kind-' || g) end as kind,
           case when g = 1 then 'Marguerite Okonjo-Hale'
                else pg_temp.large_pick(array['Ada', 'Bram', 'Cleo', 'Dario', 'Elin', 'Farid', 'Gideon', 'Hana', 'Ivo',
                                              'Juno', 'Kit', 'Lorcan', 'Mira', 'Nils', 'Odile', 'Pavel', 'Rosa',
                                              'Soren', 'Tamsin', 'Umar', 'Vera', 'Wendell', 'Xenia', 'Yusuf', 'Zora',
                                              'Aurelio', 'Bea', 'Caspian', 'Delphine', 'Emeric', 'Freya', 'Gus'],
                                        'contact-first-' || g)
                     || ' ' || pg_temp.large_pick(array['Brightwater', 'Quillfeather', 'Marchetti', 'Fenwick',
                                              'Sandgrove', 'Oakridge', 'Tallow', 'Lindholm', 'Palisade', 'Ambersley',
                                              'Reedy', 'Castellane', 'Okonkwo', 'Strand', 'Abernathy', 'Delacroix',
                                              'Achebe', 'Holloway', 'Kellerman', 'Ashcombe', 'Morland', 'Penrose',
                                              'Whitlock', 'Finch', 'Thornbury', 'Roe', 'Sato', 'Vale', 'Hollis',
                                              'Harrowgate', 'Brisbane', 'Marsh'], 'contact-last-' || g) end as name,
           case when g = 1 then 'National Consumer Desk'
                else pg_temp.large_pick(array['Gadget Diary', 'Daily Ledger', 'Tech Tribune', 'Metro Herald',
                                              'Green Markets Review', 'Startup Dispatch', 'Home & Hearth', 'Makers Forum',
                                              'Open Help Board', 'Consumer Watch Radio', 'Trade Weekly', 'Evening Signal',
                                              'Northern Business Daily', 'Review Corner', 'Family Tech Notes'],
                                        'contact-outlet-' || g) end as outlet,
           case when g = 1 then 'ENGAGED'
                when g = 2 then 'CRITIC'
                else pg_temp.large_weighted(array['CRITIC', 'DO_NOT_CONTACT', 'ADVOCATE', 'ENGAGED', 'NEUTRAL', 'PROSPECT'],
                                            array[0.02, 0.03, 0.09, 0.45, 0.70], 'contact-state-' || g) end as state,
           1 + floor(pg_temp.large_random('contact-owner-' || g) * (select count(*) from large_owner))::int as owner_n,
           (current_date - 1826 + floor(pg_temp.large_random('contact-added-' || g) * 1700)::int + time '10:00')
               at time zone 'Europe/Berlin' as added
    from generate_series(1, ${large-contacts}) as g
) as drawn) as c
join large_owner o on o.n = c.owner_n
where not exists (select 1 from contacts where created_by = 'large')
order by c.g;

-- The generated contacts numbered 1..size in the order they were made (number 1 is the busiest).
create temporary table large_contact on commit drop as
select id, owner_id, state, row_number() over (order by id) as n from contacts where created_by = 'large';
analyze large_contact;

-- Interactions: the first ${large-busiest-contact-interactions} belong to contact 1; the others pick a contact with
-- a skewed draw (a uniform number to the power 1.5 favours low numbers: a few busy relationships, many quiet ones).
insert into interactions (contact_id, kind, occurred_on, user_id, summary, outcome,
                          created_at, created_by, updated_at, updated_by)
select c.id,
       case when c.state = 'DO_NOT_CONTACT' then 'COMMENT'
            else pg_temp.large_pick(array['PITCH', 'EMAIL', 'CALL', 'MEETING', 'COMMENT', 'EVENT', 'BRIEFING'],
                                    'interaction-kind-' || i.g) end,
       i.day,
       case when pg_temp.large_random('interaction-colleague-' || i.g) < 0.7 then c.owner_id else o.id end,
       pg_temp.large_pick(array['Pitched the spring product update; sent the press kit.',
                                'Followed up by e-mail on the review unit.',
                                'Call about their upcoming feature on customer service.',
                                'Met at the regional tech meetup; coffee and a demo.',
                                'They commented publicly on our support forum thread.',
                                'Invited to the customer community evening.',
                                'Briefing on the roadmap under embargo.',
                                'Sent figures on repair rates they asked for.',
                                'Answered questions about the recall, on the record.'], 'interaction-summary-' || i.g),
       case when pg_temp.large_random('interaction-outcome-' || i.g) < 0.8
            then pg_temp.large_pick(array['Interested; will cover next month.', 'No reply yet.',
                                          'Asked for data on response times.',
                                          'Positive; wants an interview with the product lead.', 'Accepted the invitation.',
                                          'Will mention us in the quarterly report.', 'Critical piece published.'],
                                    'interaction-outcome-' || i.g) end,
       (i.day + time '10:00') at time zone 'Europe/Berlin', 'large',
       (i.day + time '10:00') at time zone 'Europe/Berlin', 'large'
from (
    select g,
           case when g <= ${large-busiest-contact-interactions} then 1
                else 2 + floor(power(pg_temp.large_random('interaction-contact-' || g), 1.5)
                               * (select count(*) - 1 from large_contact))::int end as contact_n,
           1 + floor(pg_temp.large_random('interaction-user-' || g) * (select count(*) from large_owner))::int as user_n,
           current_date - floor(pg_temp.large_random('interaction-day-' || g) * 1826)::int as day
    from generate_series(1, ${large-interactions}) as g
) as i
join large_contact c on c.n = least(i.contact_n, (select count(*) from large_contact))
join large_owner o on o.n = i.user_n
where not exists (select 1 from interactions where created_by = 'large')
order by i.g;

-- One in five outreach, event and article activities names a contact it reached.
insert into activity_contacts (activity_id, contact_id)
select a.id, c.id
from (select id, floor(pg_temp.large_random('activity-contact-' || id) * (select count(*) from large_contact))::int + 1 as n
      from activities
      where created_by = 'large' and kind in ('OUTREACH', 'EVENT', 'ARTICLE')
        and pg_temp.large_random('activity-has-contact-' || id) < 0.2) as a
join large_contact c on c.n = a.n
where not exists (select 1 from activity_contacts x join contacts y on y.id = x.contact_id where y.created_by = 'large')
on conflict do nothing;

analyze contacts;
analyze interactions;
analyze activity_contacts;
