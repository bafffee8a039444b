-- Demo contacts, interactions and vendors of a fictional company. Every person, outlet and firm is invented;
-- e-mail addresses use example.com or .test. Dates are relative to now(). Re-runnable.
insert into contacts (kind, name, outlet, links, handles, email, topics, owner_id, state, notes, lawful_basis,
                      created_at, created_by, updated_at, updated_by)
select v.kind, v.name, v.outlet, v.links, v.handles, v.email, v.topics, u.id, v.state, v.notes, v.basis,
       now() - interval '400 days', 'demo', now() - interval '400 days', 'demo'
from (values
    ('BLOGGER', 'Ada Brightwater', 'Brightwater Bytes', 'https://brightwaterbytes.example.com', '@adabytes', 'ada@brightwater.example.com', 'consumer tech, privacy', 'lead@example.com', 'ADVOCATE', 'Long-standing supporter; offer early briefings.', 'Legitimate interest: professional contact details published by the person.'),
    ('BLOGGER', 'Bram Quillfeather', 'The Quill Column', 'https://thequillcolumn.example.com', '@bramquill', 'bram@quill.example.com', 'product reviews', 'press@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('BLOGGER', 'Cleo Marchetti', 'Cleo Codes', 'https://cleocodes.example.com', '@cleocodes', 'cleo@cleocodes.test', 'developer tools', 'product@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('BLOGGER', 'Dario Fenwick', 'Fenwick on Phones', 'https://fenwickonphones.example.com', '@fenwickphones', 'dario@fenwick.example.com', 'mobile', 'lead@example.com', 'PROSPECT', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('BLOGGER', 'Elin Sandgrove', 'Sandgrove Notes', 'https://sandgrovenotes.example.com', '@elinsand', 'elin@sandgrove.example.com', 'small business', 'marketing@example.com', 'NEUTRAL', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('BLOGGER', 'Farah Oakridge', 'Oakridge Reviews', 'https://oakridgereviews.example.com', '@farahreviews', 'farah@oakridge.test', 'gadgets, smart home', 'lead@example.com', 'CRITIC', 'Has written critically about our support response times; respond with facts, quickly.', 'Legitimate interest: professional contact details published by the person.'),
    ('BLOGGER', 'Gideon Tallow', 'Tallow Talks Tech', 'https://tallowtalkstech.example.com', '@gtallow', 'gideon@tallow.example.com', 'security', 'it@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('BLOGGER', 'Hana Kestrel', 'Kestrel Weekly', 'https://kestrelweekly.example.com', '@hanakestrel', 'hana@kestrel.example.com', 'startups', 'press@example.com', 'PROSPECT', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('BLOGGER', 'Ivo Lindqvist', 'Nordic Gadget Diary', 'https://nordicgadgetdiary.example.com', '@ivolind', 'ivo@nordicgadget.test', 'gadgets', 'lead@example.com', 'ADVOCATE', 'Long-standing supporter; offer early briefings.', 'Legitimate interest: professional contact details published by the person.'),
    ('BLOGGER', 'Juno Palisade', 'Palisade Parenting Tech', 'https://palisadeparentingtech.example.com', '@junopal', 'juno@palisade.example.com', 'family, education', 'marketing@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('BLOGGER', 'Kit Ambersley', 'Ambersley Audio', 'https://ambersleyaudio.example.com', '@kitaudio', 'kit@ambersley.example.com', 'audio', 'product@example.com', 'NEUTRAL', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('BLOGGER', 'Lorcan Reedy', 'Reedy Reads', 'https://reedyreads.example.com', '@lorcanreads', 'lorcan@reedy.test', 'customer service', 'lead@example.com', 'DO_NOT_CONTACT', 'Asked in writing not to be contacted again. Only log their public comments.', 'Objection received; contact details kept only to honour the objection.'),
    ('JOURNALIST', 'Mira Castellane', 'Daily Ledger (fictional)', 'https://dailyledger.example.com', '@miracast', 'm.castellane@dailyledger.example.com', 'business, earnings', 'press@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('JOURNALIST', 'Nils Okonkwo', 'Tech Tribune (fictional)', 'https://techtribune.example.com', '@nilswrites', 'nils.o@techtribune.example.com', 'enterprise software', 'press@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('JOURNALIST', 'Odile Varga', 'Metro Herald (fictional)', 'https://metroherald.example.com', '@odilev', 'odile.varga@metroherald.test', 'local economy', 'lead@example.com', 'PROSPECT', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('JOURNALIST', 'Pavel Strand', 'Wired Valley Post (fictional)', 'https://wiredvalleypost.example.com', '@pstrand', 'pavel@wiredvalley.example.com', 'AI, data', 'press@example.com', 'CRITIC', 'Has written critically about our support response times; respond with facts, quickly.', 'Legitimate interest: professional contact details published by the person.'),
    ('JOURNALIST', 'Quinn Abernathy', 'Consumer Watch Radio (fictional)', 'https://consumerwatchradio.example.com', '@qabernathy', 'quinn@consumerwatch.example.com', 'consumer rights', 'lead@example.com', 'CRITIC', 'Has written critically about our support response times; respond with facts, quickly.', 'Legitimate interest: professional contact details published by the person.'),
    ('JOURNALIST', 'Rosa Delacroix', 'Trade Weekly (fictional)', 'https://tradeweekly.example.com', '@rosadelac', 'rosa@tradeweekly.test', 'retail, logistics', 'press@example.com', 'NEUTRAL', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('JOURNALIST', 'Soren Achebe', 'Evening Signal (fictional)', 'https://eveningsignal.example.com', '@sorensignal', 'soren@eveningsignal.example.com', 'workplace', 'hr@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('JOURNALIST', 'Tamsin Holloway', 'Green Markets Review (fictional)', 'https://greenmarketsreview.example.com', '@tamsinh', 'tamsin@greenmarkets.example.com', 'sustainability', 'lead@example.com', 'PROSPECT', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('JOURNALIST', 'Umar Kellerman', 'Startup Dispatch (fictional)', 'https://startupdispatch.example.com', '@umark', 'umar@startupdispatch.test', 'funding, startups', 'press@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('JOURNALIST', 'Vera Lindholm', 'Northern Business Daily (fictional)', 'https://northernbusinessdaily.example.com', '@veralind', 'vera@nbd.example.com', 'industry', 'ceo@example.com', 'NEUTRAL', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('ANALYST', 'Wendell Ashcombe', 'Ashcombe Research (fictional)', 'https://ashcomberesearch.example.com', '@washcombe', 'wendell@ashcombe.example.com', 'customer engagement', 'lead@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('ANALYST', 'Xenia Morland', 'Morland Insight (fictional)', 'https://morlandinsight.example.com', '@xeniam', 'xenia@morland.test', 'social software', 'lead@example.com', 'ADVOCATE', 'Long-standing supporter; offer early briefings.', 'Legitimate interest: professional contact details published by the person.'),
    ('ANALYST', 'Yusuf Penrose', 'Penrose Advisory (fictional)', 'https://penroseadvisory.example.com', '@ypenrose', 'yusuf@penrose.example.com', 'martech', 'marketing@example.com', 'PROSPECT', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('ANALYST', 'Zora Whitlock', 'Whitlock Partners (fictional)', 'https://whitlockpartners.example.com', '@zorawhit', 'zora@whitlock.example.com', 'CX benchmarks', 'lead@example.com', 'NEUTRAL', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('INFLUENCER', 'Aurelio Finch', 'Finch Films', 'https://finchfilms.example.com', '@aureliofinch, youtube.example.com/finchfilms', 'aurelio@finchfilms.test', 'unboxing, video', 'social@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('INFLUENCER', 'Bea Thornbury', 'Bea Makes', 'https://beamakes.example.com', '@beamakes', 'bea@beamakes.example.com', 'DIY, home', 'social@example.com', 'ADVOCATE', 'Long-standing supporter; offer early briefings.', 'Legitimate interest: professional contact details published by the person.'),
    ('INFLUENCER', 'Caspian Roe', 'Roe Rides', 'https://roerides.example.com', '@caspianroe', 'caspian@roerides.example.com', 'travel', 'social@example.com', 'PROSPECT', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('INFLUENCER', 'Delphine Sato', 'Delphine Daily', 'https://delphinedaily.example.com', '@delphinedaily', 'delphine@delphinedaily.test', 'lifestyle', 'marketing@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('INFLUENCER', 'Emeric Vale', 'Vale Streams', 'https://valestreams.example.com', '@emericvale', 'emeric@valestreams.example.com', 'gaming, streaming', 'social@example.com', 'CRITIC', 'Has written critically about our support response times; respond with facts, quickly.', 'Legitimate interest: professional contact details published by the person.'),
    ('INFLUENCER', 'Freya Hollis', 'Freya Fit', 'https://freyafit.example.com', '@freyafit', 'freya@freyafit.example.com', 'fitness', 'social@example.com', 'NEUTRAL', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('COMMUNITY_MANAGER', 'Gus Harrowgate', 'Makers Forum (fictional)', 'https://makersforum.example.com', '@gusmod', 'gus@makersforum.test', 'maker community', 'support@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('COMMUNITY_MANAGER', 'Helga Brisbane', 'Open Help Board (fictional)', 'https://openhelpboard.example.com', '@helgab', 'helga@openhelp.example.com', 'support community', 'support@example.com', 'ADVOCATE', 'Long-standing supporter; offer early briefings.', 'Legitimate interest: professional contact details published by the person.'),
    ('VENDOR_CONTACT', 'Isolde Marsh', 'Listening Post Monitoring (fictional)', 'https://listeningpostmonitoring.example.com', NULL, 'isolde@listeningpost.example.com', 'account management', 'lead@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('VENDOR_CONTACT', 'Jasper Quayle', 'Quayle & Wren PR (fictional)', 'https://quayleandwrenpr.example.com', NULL, 'jasper@quaylewren.example.com', 'media relations', 'lead@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('VENDOR_CONTACT', 'Katya Renfrew', 'Metricly Analytics (fictional)', 'https://metriclyanalytics.example.com', NULL, 'katya@metricly.test', 'customer success', 'lead@example.com', 'ENGAGED', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('VENDOR_CONTACT', 'Leon Ashby', 'SocialDeck Suite (fictional)', 'https://socialdecksuite.example.com', NULL, 'leon@socialdeck.example.com', 'support', 'social@example.com', 'NEUTRAL', NULL, 'Legitimate interest: professional contact details published by the person.'),
    ('INTERNAL', 'Mona Eastwick', 'Legal department', NULL, NULL, 'mona.eastwick@example.com', 'approvals, privacy', 'legal@example.com', 'ENGAGED', NULL, 'Employee directory.'),
    ('INTERNAL', 'Niko Farrant', 'Customer Support', NULL, NULL, 'niko.farrant@example.com', 'escalations', 'support@example.com', 'ENGAGED', NULL, 'Employee directory.')
) as v (kind, name, outlet, links, handles, email, topics, owner, state, notes, basis)
left join users u on u.email = v.owner
where not exists (select 1 from contacts c where c.name = v.name);

-- About 100 interactions over the past year, spread over the contacts (none is outreach to "do not contact").
insert into interactions (contact_id, kind, occurred_on, user_id, summary, outcome, created_at, created_by, updated_at, updated_by)
select c.id,
       case when c.state = 'DO_NOT_CONTACT' then 'COMMENT'
            else (array['PITCH', 'EMAIL', 'CALL', 'MEETING', 'COMMENT', 'EVENT', 'BRIEFING'])[1 + (g.n + c.id::int) % 7] end,
       (current_date - ((g.n * 37 + c.id::int * 11) % 360))::date,
       coalesce(c.owner_id, (select id from users where email = 'lead@example.com')),
       (array['Pitched the spring product update; sent the press kit.',
              'Followed up by e-mail on the review unit.',
              'Call about their upcoming feature on customer service.',
              'Met in person at the regional tech meetup; coffee and a demo.',
              'They commented publicly on our support forum thread.',
              'Invited to the customer community evening.',
              'Briefing on the roadmap under embargo.'])[1 + (g.n + c.id::int) % 7],
       (array['Interested; will cover next month.', 'No reply yet.', 'Asked for data on response times.',
              'Positive; wants an interview with the product lead.', null, 'Accepted the invitation.',
              'Will mention us in the quarterly report.'])[1 + (g.n * 3 + c.id::int) % 7],
       now(), 'demo', now(), 'demo'
from contacts c
cross join generate_series(1, 3) as g (n)
where c.created_by = 'demo' and c.kind <> 'INTERNAL'
  and not exists (select 1 from interactions i where i.contact_id = c.id and i.created_by = 'demo')
  and (g.n < 3 or c.id % 3 <> 0);

-- Six vendors with contracts; the monitoring service renews within 60 days.
insert into vendors (name, kind, services, website, status, contract_start, contract_end, renewal_date, notice_days,
                     annual_cost, currency, primary_contact_id, sla_notes, created_at, created_by, updated_at, updated_by)
select v.name, v.kind, v.services, v.website, v.status, v.start_on, v.end_on, v.renewal_on, v.notice, v.cost, 'EUR',
       u.id, v.sla, now(), 'demo', now(), 'demo'
from (values
    ('Listening Post Monitoring', 'MONITORING', 'Social listening across news, blogs and social networks; daily alert digests.',
     'https://listeningpost.example.com', 'ACTIVE', current_date - 320, current_date + 45, current_date + 45, 30, 24000.00,
     'Alerts within 15 minutes for priority keywords; 99.5 % uptime. Two late alerts in the last quarter.', 'lead@example.com'),
    ('Quayle & Wren PR', 'AGENCY', 'Media relations support, press office overflow and crisis communications on call.',
     'https://quaylewren.example.com', 'ACTIVE', current_date - 200, current_date + 165, current_date + 165, 60, 48000.00,
     'Crisis line answered within 30 minutes, around the clock.', 'press@example.com'),
    ('Metricly Analytics', 'ANALYTICS', 'Engagement dashboards and monthly reach reports for every official account.',
     'https://metricly.example.com', 'ACTIVE', current_date - 100, current_date + 265, current_date + 265, 30, 9600.00,
     'Monthly report by the 5th working day.', 'marketing@example.com'),
    ('Brightpath Training', 'TRAINING', 'Workshops on social media policy and crisis simulation for departments.',
     'https://brightpath.example.com', 'ACTIVE', current_date - 30, current_date + 335, null, null, 7500.00,
     'Per-session contract; feedback scores above 4 of 5 expected.', 'hr@example.com'),
    ('SocialDeck Suite', 'PLATFORM', 'Publishing, scheduling and shared inbox for the official accounts.',
     'https://socialdeck.example.com', 'ACTIVE', current_date - 300, current_date + 75, current_date + 75, 30, 18000.00,
     'Support tickets answered within one working day.', 'social@example.com'),
    ('Ashcombe Research', 'OTHER', 'Annual benchmark of customer engagement on social media.',
     'https://ashcombe.example.com', 'EVALUATING', null, null, null, null, 12000.00,
     'Trial report under review.', 'lead@example.com')
) as v (name, kind, services, website, status, start_on, end_on, renewal_on, notice, cost, sla, owner)
left join users u on u.email = v.owner
on conflict (name) do nothing;

insert into vendor_contacts (vendor_id, contact_id)
select v.id, c.id
from (values
    ('Listening Post Monitoring', 'Isolde Marsh'),
    ('Quayle & Wren PR', 'Jasper Quayle'),
    ('Metricly Analytics', 'Katya Renfrew'),
    ('SocialDeck Suite', 'Leon Ashby')
) as l (vendor, contact)
join vendors v on v.name = l.vendor
join contacts c on c.name = l.contact
on conflict do nothing;

insert into vendor_ratings (vendor_id, rated_on, score, comment, created_at, created_by, updated_at, updated_by)
select v.id, current_date - r.days_ago, r.score, r.comment, now(), 'demo', now(), 'demo'
from (values
    ('Listening Post Monitoring', 270, 4, 'Good coverage; a few duplicate alerts.'),
    ('Listening Post Monitoring', 180, 3, 'Two priority alerts came late during the outage weekend.'),
    ('Listening Post Monitoring', 90, 4, 'Improved after the escalation call.'),
    ('Quayle & Wren PR', 150, 5, 'Excellent support during the product recall rumour.'),
    ('Quayle & Wren PR', 60, 4, 'Reliable; reports a little late.'),
    ('Metricly Analytics', 40, 4, 'Clear dashboards.'),
    ('SocialDeck Suite', 200, 3, 'Inbox slow at peak times.'),
    ('SocialDeck Suite', 30, 4, 'New release fixed the slowness.'),
    ('Brightpath Training', 10, 5, 'Crisis simulation was rated highly by Customer Support.')
) as r (vendor, days_ago, score, comment)
join vendors v on v.name = r.vendor
where not exists (select 1 from vendor_ratings x where x.vendor_id = v.id and x.created_by = 'demo' and x.comment = r.comment);

-- Links to the awareness demo data (activities, services, accounts), when there is some.
insert into activity_contacts (activity_id, contact_id)
select a.id, c.id
from (select id, row_number() over (order by activity_date desc, id) as rn
      from activities where kind in ('ARTICLE', 'OUTREACH', 'EVENT', 'PODCAST_VIDEO', 'CAMPAIGN') limit 15) a
join (select id, row_number() over (order by id) as rn
      from contacts where created_by = 'demo' and kind in ('BLOGGER', 'JOURNALIST', 'INFLUENCER', 'ANALYST')
                      and state <> 'DO_NOT_CONTACT') c on c.rn = a.rn
on conflict do nothing;

insert into vendor_services (vendor_id, service_id)
select v.id, s.id
from vendors v
join (select id from social_services order by id limit 6) s on true
where v.name in ('Listening Post Monitoring', 'Metricly Analytics')
on conflict do nothing;

insert into vendor_accounts (vendor_id, account_id)
select v.id, a.id
from vendors v
join (select id from accounts where status = 'ACTIVE' order by id limit 8) a on true
where v.name = 'SocialDeck Suite'
on conflict do nothing;

insert into vendor_activities (vendor_id, activity_id)
select v.id, a.id
from vendors v
join (select id from activities where kind in ('CAMPAIGN', 'EVENT') order by activity_date desc, id limit 3) a on true
where v.name = 'Quayle & Wren PR'
on conflict do nothing;

-- Journalists and analysts are shared with every department's staff; bloggers and the rest stay with their owners.
update contacts set shared = true
where created_by = 'demo' and kind in ('JOURNALIST', 'ANALYST') and not shared;
