-- Demo incidents of the fictional Kestrel Home: eight cases shaped like well-known public ones, each with its
-- timeline across internal and external groups. Re-runnable: every insert is guarded, and timeline rows are never
-- updated or deleted (the database forbids it). Times are relative to now().

insert into incidents (title, summary, service_name, service_id, link, detected_at, reported_by_id, kind, reported_severity, severity,
                       status, owner_id, recommended_response, expected_reaction, approved_response, approved_by_id,
                       approved_at, actual_reaction, created_at, created_by, updated_at, updated_by)
select v.title, v.summary, case when c.id is null then v.service end, c.id, v.link, now() - v.detected::interval, r.id, v.kind, v.guess, v.severity, v.status, o.id,
       v.recommended, v.expected, v.approved, a.id, now() - v.detected::interval + v.approved_after::interval, v.actual,
       now(), 'demo', now(), 'demo'
from (values
    ('Viral song "Kestrel Broke My Cello" about a delivery', 'A musician posted a song about a cello crushed by a Kestrel Home delivery crew and three months of refused claims. It passed 400,000 views on Clipstream in two days and music blogs are picking it up.', 'Clipstream', 'https://clipstream.example/watch/kestrel-broke-my-cello', '60 days', 'social@example.com', 'COMPLAINT', 3, 2, 'REVIEWED', 'lead@example.com', 'Apologise publicly within the day, settle the claim in full, and ask the musician whether we may use the video in crew training.', 'Sympathy stays with the musician; a fast, human apology will be shared almost as widely as the song, a legalistic one will become verse two.', 'Personal call from the head of support, full refund plus repair, public apology video on our Clipstream channel.', 'ceo@example.com', '5 hours', 'The musician thanked us in a follow-up post; comments turned from mockery to praise for the fix, views of our apology reached 90,000.'),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 'A cycling blogger published a 40-second video opening our ShieldLock U-lock with the barrel of a ballpoint pen. Forums are full of copies; retailers are asking whether to pull stock.', 'Gearbench blog', 'https://gearbench.example/shieldlock-pen-trick', '45 days', 'product@example.com', 'PRODUCT_PROBLEM', 2, 1, 'REVIEWED', 'lead@example.com', 'Confirm quickly, offer a free exchange for every ShieldLock ever sold, no questions asked, and say so before the weekend.', 'Cyclists will test their own locks and post the results; anything short of a free exchange will be read as hiding a known flaw.', 'Free exchange programme for all ShieldLock owners, announced by the CEO with a dedicated page.', 'ceo@example.com', '20 hours', 'Anger peaked on day two, then the exchange programme was widely praised; 38,000 exchange requests in the first week.'),
    ('Warehouse staff prank video in the staff kitchen', 'Two employees filmed themselves doing gross things with food in the Dunmore warehouse staff kitchen and posted it as a "prank". Viewers assume it is the kitchen of our café.', 'Clipstream', 'https://clipstream.example/watch/warehouse-prank', '20 days', 'hr@example.com', 'EMPLOYEE_POST', 2, 1, 'RESOLVED', 'lead@example.com', 'Acknowledge within hours on every channel where it spreads, say what happened, what we did, and that the café is unaffected.', 'Disgust and boycott calls for a day; people will ask whether café food is safe. Staying silent will let the guesswork win.', 'CEO video message: the two employees are suspended, the kitchen was sanitised, inspectors invited.', 'ceo@example.com', '9 hours', 'Boycott calls faded after the CEO video; the inspection report was shared by local press and ended the story.'),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 'Our new baby carrier campaign jokes that carrying babies is "a fashion statement for tired moms". Parents on Chirp call it condescending; the hashtag #KestrelMoms is trending.', 'Chirp', 'https://chirp.example/search?q=%23KestrelMoms', '6 days', 'marketing@example.com', 'CAMPAIGN_BACKLASH', 3, 2, 'MONITORING', 'lead@example.com', 'Pull the ad within the day, apologise plainly on Chirp, and invite parents who complained to review the next campaign.', 'Parent bloggers will amplify over the weekend; a quick, unhedged apology ends it in two to three days.', 'Ad pulled from all channels; apology thread from the brand account.', 'manager@example.com', '10 hours', 'The apology thread was well received; some complained the ad was pulled "too fast", most thanked us.'),
    ('Marketplace de-ranking storm blamed on a "glitch"', 'Hundreds of independent makers found their products missing from Kestrel Marketplace search and rankings. The hashtag #KestrelFail claims we hide small sellers on purpose; our first reply called it a glitch.', 'Chirp', 'https://chirp.example/search?q=%23KestrelFail', '2 days', 'it@example.com', 'MISINFORMATION', 2, 2, 'RESPONDING', 'lead@example.com', 'Explain what broke in plain words, list the affected categories, give a time to fix, and publish a post-mortem.', 'Calling it a "glitch" without detail will be read as a cover story; makers want to see their listings back and a timeline.', 'Status page with a plain explanation of the ranking filter error and hourly updates.', 'lead@example.com', '9 hours', null),
    ('Logo redesign backlash', 'Our new flat logo replaced the kestrel bird with a plain wordmark. Design blogs and long-time customers call it soulless; a petition to bring the bird back has 12,000 signatures.', 'Design forums', 'https://designtalk.example/t/kestrel-new-logo', '30 days', 'marketing@example.com', 'CRITICISM', 4, 3, 'RESOLVED', 'lead@example.com', 'Listen for a week before deciding; do not crowdsource a new logo.', 'Loud but short-lived among designers; customers mostly care about the bird on the packaging.', 'Keep the wordmark, bring the bird back on packaging and the app icon.', 'ceo@example.com', '6 days', 'Most of the petition signers welcomed the compromise; design blogs moved on within a week.'),
    ('Activists flood our Friendface over palm oil in the soap line', 'An environmental group urged followers to post protest images on our Friendface about palm oil in Kestrel soaps. Thousands of comments; our page moderator deleted some and told commenters to "calm down".', 'Friendface', 'https://friendface.example/kestrelhome', '26 hours', 'social@example.com', 'CRITICISM', 2, 1, 'RESPONDING', 'lead@example.com', 'Stop deleting comments at once, apologise for the moderator''s tone, state our sourcing facts and a date for a certified-supply plan.', 'Deleting comments multiplies them; the group will screenshot everything. Facts plus a dated commitment lowers the temperature within days.', 'Moderation pause, apology for the tone, sourcing facts published; supply plan date agreed with the supplier.', 'ceo@example.com', '7 hours', null),
    ('"Kestrel Hell" blog campaign about customer service', 'A well-read tech blogger has written a series of posts called "Kestrel Hell" about a broken dishwasher and weeks on hold. Readers add their own stories in the comments.', 'Blog', 'https://bytesandbits.example/tag/kestrel-hell', '10 days', 'support@example.com', 'COMPLAINT', 3, 3, 'TRIAGE', 'lead@example.com', 'Reach out to the blogger, fix the dishwasher, then start a company blog answering support stories in public.', 'The series continues as long as we are silent; readers will judge us by the next post, not by a statement.', null, null, null, null)
) as v (title, summary, service, link, detected, reporter, kind, guess, severity, status, owner, recommended, expected,
        approved, approved_by, approved_after, actual)
join users r on r.email = v.reporter
left join users o on o.email = v.owner
left join users a on a.email = v.approved_by
left join social_services c on lower(c.name) = lower(v.service)
where not exists (select 1 from incidents i where i.title = v.title);

insert into incident_departments (incident_id, department_id)
select i.id, d.id
from (values
    ('Viral song "Kestrel Broke My Cello" about a delivery', 'Customer Support'),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 'Communications'),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 'Executive'),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 'Product'),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 'Legal'),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 'Communications'),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 'Customer Support'),
    ('Warehouse staff prank video in the staff kitchen', 'HR'),
    ('Warehouse staff prank video in the staff kitchen', 'Communications'),
    ('Warehouse staff prank video in the staff kitchen', 'Legal'),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 'Marketing'),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 'Communications'),
    ('Marketplace de-ranking storm blamed on a "glitch"', 'IT'),
    ('Marketplace de-ranking storm blamed on a "glitch"', 'Product'),
    ('Marketplace de-ranking storm blamed on a "glitch"', 'Communications'),
    ('Marketplace de-ranking storm blamed on a "glitch"', 'Customer Support'),
    ('Logo redesign backlash', 'Marketing'),
    ('Logo redesign backlash', 'Executive'),
    ('Activists flood our Friendface over palm oil in the soap line', 'Marketing'),
    ('Activists flood our Friendface over palm oil in the soap line', 'Communications'),
    ('Activists flood our Friendface over palm oil in the soap line', 'Product'),
    ('Activists flood our Friendface over palm oil in the soap line', 'Legal'),
    ('Activists flood our Friendface over palm oil in the soap line', 'Executive'),
    ('"Kestrel Hell" blog campaign about customer service', 'Customer Support'),
    ('"Kestrel Hell" blog campaign about customer service', 'Communications')
) as v (title, department)
join incidents i on i.title = v.title
join departments d on d.name = v.department
on conflict do nothing;

insert into incident_parties (incident_id, party)
select i.id, v.party
from (values
    ('Viral song "Kestrel Broke My Cello" about a delivery', 'COMMUNITY'),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 'PRESS'),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 'COMMUNITY'),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 'PRESS'),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 'VENDOR'),
    ('Warehouse staff prank video in the staff kitchen', 'COMMUNITY'),
    ('Warehouse staff prank video in the staff kitchen', 'PRESS'),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 'AGENCY'),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 'COMMUNITY'),
    ('Marketplace de-ranking storm blamed on a "glitch"', 'COMMUNITY'),
    ('Marketplace de-ranking storm blamed on a "glitch"', 'PRESS'),
    ('Logo redesign backlash', 'AGENCY'),
    ('Logo redesign backlash', 'COMMUNITY'),
    ('Activists flood our Friendface over palm oil in the soap line', 'COMMUNITY'),
    ('Activists flood our Friendface over palm oil in the soap line', 'PRESS'),
    ('Activists flood our Friendface over palm oil in the soap line', 'VENDOR'),
    ('"Kestrel Hell" blog campaign about customer service', 'COMMUNITY')
) as v (title, party)
join incidents i on i.title = v.title
on conflict do nothing;

-- Timelines: inserted once per incident (only while it has no entry), in order, recorded a few minutes after they happened.
insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_id, actor_name, department_id, party,
                                       external, channel, link, body, from_status, to_status, from_severity, to_severity)
select i.id, v.type, i.detected_at + v.offset_after::interval,
       least(now(), i.detected_at + v.offset_after::interval + interval '4 minutes'), u.id, u.display_name, d.id, v.party,
       v.external, v.channel, v.link, v.body, v.from_status, v.to_status, v.from_severity, v.to_severity
from (values
    ('Viral song "Kestrel Broke My Cello" about a delivery', 0, '35 minutes', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'REPORTED', 'TRIAGE', null, null),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 1, '40 minutes', 'SEVERITY_CHANGE', 'lead@example.com', null, null, false, null, null, '', null, null, 3, 2),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 2, '1 hour', 'ENGAGEMENT', 'support@example.com', 'Customer Support', null, false, null, null, 'Pulled the claim file: three refusals citing "pre-existing damage". Photos show a crushed case at drop-off.', null, null, null, null),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 3, '1 hour 10 minutes', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, 'Claim history confirms the complaint.', 'TRIAGE', 'RESPONDING', null, null),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 4, '2 hours', 'EXTERNAL_DEVELOPMENT', 'social@example.com', null, 'COMMUNITY', true, 'Clipstream', null, 'Two music blogs and a consumer-rights account with 1.2M followers shared the video.', null, null, null, null),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 5, '3 hours', 'DECISION', 'ceo@example.com', 'Executive', null, false, null, null, 'Settle in full, apologise on camera, no legal hedging.', null, null, null, null),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 6, '4 hours', 'ENGAGEMENT', 'press@example.com', null, 'PRESS', true, 'phone', null, 'A trade reporter asked for comment; promised a statement within two hours.', null, null, null, null),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 7, '5 hours 30 minutes', 'RESPONSE_PUBLISHED', 'social@example.com', 'Communications', null, true, 'Clipstream', 'https://clipstream.example/watch/kestrel-we-are-sorry', 'Apology video and statement published on our channel and pinned under the song.', null, null, null, null),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 8, '6 hours', 'ENGAGEMENT', 'support@example.com', 'Customer Support', null, true, 'phone', null, 'Head of support called the musician; refund and repair agreed.', null, null, null, null),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 9, '1 day', 'EXTERNAL_DEVELOPMENT', 'social@example.com', null, 'COMMUNITY', true, 'Clipstream', null, 'The musician posted "Kestrel made it right" to their followers.', null, null, null, null),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 10, '1 day 2 hours', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'RESPONDING', 'MONITORING', null, null),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 11, '4 days', 'NOTE', 'manager@example.com', null, null, false, null, null, 'Sentiment back to baseline; delivery crews briefed on fragile items.', null, null, null, null),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 12, '5 days', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, 'No new mentions for 48 hours.', 'MONITORING', 'RESOLVED', null, null),
    ('Viral song "Kestrel Broke My Cello" about a delivery', 13, '9 days', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'RESOLVED', 'REVIEWED', null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 0, '20 minutes', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'REPORTED', 'TRIAGE', null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 1, '25 minutes', 'SEVERITY_CHANGE', 'lead@example.com', null, null, false, null, null, '', null, null, 2, 1),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 2, '45 minutes', 'ENGAGEMENT', 'product@example.com', 'Product', null, false, null, null, 'Reproduced the pen trick on three production batches. The cylinder design is at fault.', null, null, null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 3, '1 hour', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'TRIAGE', 'RESPONDING', null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 4, '2 hours', 'ENGAGEMENT', 'legal@example.com', 'Legal', null, false, null, null, 'Reviewed liability and retailer contracts; no objection to a voluntary exchange.', null, null, null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 5, '3 hours', 'EXTERNAL_DEVELOPMENT', 'social@example.com', null, 'PRESS', true, null, null, 'Video copies on four forums; a national newspaper is preparing a story.', null, null, null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 6, '4 hours', 'ENGAGEMENT', 'product@example.com', null, 'VENDOR', true, 'video call', null, 'Lock supplier confirmed a new cylinder can ship in three weeks.', null, null, null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 7, '8 hours', 'DECISION', 'ceo@example.com', 'Executive', null, false, null, null, 'Free exchange for every ShieldLock sold, regardless of receipt.', null, null, null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 8, '20 hours', 'RESPONSE_PUBLISHED', 'press@example.com', 'Communications', null, true, 'website', 'https://kestrel-home.example/shieldlock-exchange', 'CEO statement and exchange page published; answered the blogger directly.', null, null, null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 9, '22 hours', 'ENGAGEMENT', 'support@example.com', 'Customer Support', null, false, null, null, 'Support opened a dedicated exchange queue with scripted answers.', null, null, null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 10, '2 days', 'EXTERNAL_DEVELOPMENT', 'social@example.com', null, 'COMMUNITY', true, 'Gearbench blog', null, 'Blogger updated the post: "credit where due, Kestrel is replacing them all".', null, null, null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 11, '3 days', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'RESPONDING', 'MONITORING', null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 12, '10 days', 'NOTE', 'manager@example.com', null, null, false, null, null, '38,000 exchange requests; backlog cleared within SLA.', null, null, null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 13, '14 days', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'MONITORING', 'RESOLVED', null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 14, '21 days', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'RESOLVED', 'REVIEWED', null, null),
    ('Warehouse staff prank video in the staff kitchen', 0, '15 minutes', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'REPORTED', 'TRIAGE', null, null),
    ('Warehouse staff prank video in the staff kitchen', 1, '20 minutes', 'SEVERITY_CHANGE', 'lead@example.com', null, null, false, null, null, '', null, null, 2, 1),
    ('Warehouse staff prank video in the staff kitchen', 2, '40 minutes', 'ENGAGEMENT', 'hr@example.com', 'HR', null, false, null, null, 'Identified the two employees and the site; both suspended pending investigation.', null, null, null, null),
    ('Warehouse staff prank video in the staff kitchen', 3, '50 minutes', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'TRIAGE', 'RESPONDING', null, null),
    ('Warehouse staff prank video in the staff kitchen', 4, '1 hour 30 minutes', 'ENGAGEMENT', 'legal@example.com', 'Legal', null, true, 'platform form', null, 'Asked the platform to remove the video as it shows our premises without consent.', null, null, null, null),
    ('Warehouse staff prank video in the staff kitchen', 5, '3 hours', 'EXTERNAL_DEVELOPMENT', 'social@example.com', null, 'COMMUNITY', true, null, null, 'Video passed 1 million views; search suggestions for our name now include "prank".', null, null, null, null),
    ('Warehouse staff prank video in the staff kitchen', 6, '4 hours', 'ENGAGEMENT', 'press@example.com', null, 'PRESS', true, 'phone', null, 'Local TV asked for an interview; declined for today, statement promised.', null, null, null, null),
    ('Warehouse staff prank video in the staff kitchen', 7, '9 hours', 'RESPONSE_PUBLISHED', 'press@example.com', 'Communications', null, true, 'all channels', 'https://kestrel-home.example/news/our-kitchen', 'CEO video message published on all our channels.', null, null, null, null),
    ('Warehouse staff prank video in the staff kitchen', 8, '1 day', 'DECISION', 'lead@example.com', null, null, false, null, null, 'Invite the food safety inspectorate and publish the report.', null, null, null, null),
    ('Warehouse staff prank video in the staff kitchen', 9, '3 days', 'EXTERNAL_DEVELOPMENT', 'press@example.com', null, 'PRESS', true, null, null, 'Inspection passed; local paper printed the report.', null, null, null, null),
    ('Warehouse staff prank video in the staff kitchen', 10, '4 days', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'RESPONDING', 'MONITORING', null, null),
    ('Warehouse staff prank video in the staff kitchen', 11, '8 days', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, 'Mentions back to normal.', 'MONITORING', 'RESOLVED', null, null),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 0, '1 hour', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'REPORTED', 'TRIAGE', null, null),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 1, '1 hour 5 minutes', 'SEVERITY_CHANGE', 'lead@example.com', null, null, false, null, null, '', null, null, 3, 2),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 2, '2 hours', 'ENGAGEMENT', 'marketing@example.com', null, 'AGENCY', true, 'e-mail', null, 'Asked the agency to stop all paid placements of the ad.', null, null, null, null),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 3, '2 hours 30 minutes', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'TRIAGE', 'RESPONDING', null, null),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 4, '4 hours', 'EXTERNAL_DEVELOPMENT', 'social@example.com', null, 'COMMUNITY', true, 'Chirp', null, 'Parenting bloggers with large followings posted video replies.', null, null, null, null),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 5, '6 hours', 'DECISION', 'manager@example.com', 'Executive', null, false, null, null, 'Pull the campaign; apologise without "if anyone was offended".', null, null, null, null),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 6, '10 hours', 'RESPONSE_PUBLISHED', 'social@example.com', 'Marketing', null, true, 'Chirp', 'https://chirp.example/kestrelhome/status/1', 'Apology thread posted from the brand account.', null, null, null, null),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 7, '11 hours', 'ENGAGEMENT', 'social@example.com', 'Marketing', null, true, 'Chirp', null, 'Replied personally to the twenty most shared complaints.', null, null, null, null),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 8, '2 days', 'ENGAGEMENT', 'marketing@example.com', null, 'AGENCY', true, null, null, 'Agency confirmed all placements stopped, credit note agreed.', null, null, null, null),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 9, '3 days', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'RESPONDING', 'MONITORING', null, null),
    ('Backlash on Chirp over the "tired moms" baby carrier ad', 10, '5 days', 'NOTE', 'lead@example.com', null, null, false, null, null, 'Volume down 90% from the peak; watch the weekend.', null, null, null, null),
    ('Marketplace de-ranking storm blamed on a "glitch"', 0, '30 minutes', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'REPORTED', 'TRIAGE', null, null),
    ('Marketplace de-ranking storm blamed on a "glitch"', 1, '1 hour', 'ENGAGEMENT', 'it@example.com', 'IT', null, false, null, null, 'Found the cause: a new "adult content" filter flagged 2,300 listings by keyword.', null, null, null, null),
    ('Marketplace de-ranking storm blamed on a "glitch"', 2, '1 hour 20 minutes', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'TRIAGE', 'RESPONDING', null, null),
    ('Marketplace de-ranking storm blamed on a "glitch"', 3, '2 hours', 'RESPONSE_PUBLISHED', 'support@example.com', 'Customer Support', null, true, 'Chirp', null, 'Support account replied "it is a glitch, we are on it" to the first complaints.', null, null, null, null),
    ('Marketplace de-ranking storm blamed on a "glitch"', 4, '4 hours', 'EXTERNAL_DEVELOPMENT', 'social@example.com', null, 'PRESS', true, 'Chirp', null, '"Glitch" reply mocked; tech press asks whether the filter targets small sellers.', null, null, null, null),
    ('Marketplace de-ranking storm blamed on a "glitch"', 5, '6 hours', 'DECISION', 'lead@example.com', null, null, false, null, null, 'Stop using the word glitch; publish the actual cause and a fix time.', null, null, null, null),
    ('Marketplace de-ranking storm blamed on a "glitch"', 6, '9 hours', 'RESPONSE_PUBLISHED', 'press@example.com', 'Communications', null, true, 'website', 'https://status.kestrel-home.example/ranking', 'Status page live with the explanation and the list of affected categories.', null, null, null, null),
    ('Marketplace de-ranking storm blamed on a "glitch"', 7, '12 hours', 'ENGAGEMENT', 'product@example.com', 'Product', null, false, null, null, 'Filter rolled back for 80% of listings; the rest need manual review.', null, null, null, null),
    ('Marketplace de-ranking storm blamed on a "glitch"', 8, '1 day', 'ENGAGEMENT', 'support@example.com', null, 'COMMUNITY', true, 'sellers forum', null, 'Sellers forum: answered 140 threads with the status page link.', null, null, null, null),
    ('Marketplace de-ranking storm blamed on a "glitch"', 9, '1 day 6 hours', 'NOTE', 'manager@example.com', null, null, false, null, null, 'Ask for a seller credit proposal before the weekly meeting.', null, null, null, null),
    ('Logo redesign backlash', 0, '3 hours', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'REPORTED', 'TRIAGE', null, null),
    ('Logo redesign backlash', 1, '3 hours 5 minutes', 'SEVERITY_CHANGE', 'lead@example.com', null, null, false, null, null, '', null, null, 4, 3),
    ('Logo redesign backlash', 2, '5 hours', 'ENGAGEMENT', 'marketing@example.com', null, 'AGENCY', true, 'meeting', null, 'Briefed the agency; they suggest waiting a week before any change.', null, null, null, null),
    ('Logo redesign backlash', 3, '1 day', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, 'Not harmful; watch the petition.', 'TRIAGE', 'MONITORING', null, null),
    ('Logo redesign backlash', 4, '2 days', 'EXTERNAL_DEVELOPMENT', 'social@example.com', null, 'COMMUNITY', true, null, null, 'Petition passed 12,000 signatures; two design blogs ran "worst rebrand of the year".', null, null, null, null),
    ('Logo redesign backlash', 5, '3 days', 'NOTE', 'marketing@example.com', 'Marketing', null, false, null, null, 'Packaging survey: 64% of customers want the bird back.', null, null, null, null),
    ('Logo redesign backlash', 6, '4 days', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'MONITORING', 'RESPONDING', null, null),
    ('Logo redesign backlash', 7, '5 days', 'DECISION', 'ceo@example.com', 'Executive', null, false, null, null, 'Keep the wordmark, restore the bird on packaging and app icon.', null, null, null, null),
    ('Logo redesign backlash', 8, '6 days', 'RESPONSE_PUBLISHED', 'social@example.com', 'Marketing', null, true, 'blog', 'https://kestrel-home.example/blog/the-kestrel-stays', 'Blog post "The kestrel stays" with the new packaging.', null, null, null, null),
    ('Logo redesign backlash', 9, '8 days', 'EXTERNAL_DEVELOPMENT', 'social@example.com', null, 'COMMUNITY', true, null, null, 'Petition author thanked us publicly.', null, null, null, null),
    ('Logo redesign backlash', 10, '12 days', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'RESPONDING', 'RESOLVED', null, null),
    ('Activists flood our Friendface over palm oil in the soap line', 0, '20 minutes', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'REPORTED', 'TRIAGE', null, null),
    ('Activists flood our Friendface over palm oil in the soap line', 1, '25 minutes', 'SEVERITY_CHANGE', 'lead@example.com', null, null, false, null, null, '', null, null, 2, 1),
    ('Activists flood our Friendface over palm oil in the soap line', 2, '30 minutes', 'DECISION', 'lead@example.com', null, null, false, null, null, 'No more deletions; moderation only for abuse, by the SMR team.', null, null, null, null),
    ('Activists flood our Friendface over palm oil in the soap line', 3, '35 minutes', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'TRIAGE', 'RESPONDING', null, null),
    ('Activists flood our Friendface over palm oil in the soap line', 4, '1 hour', 'EXTERNAL_DEVELOPMENT', 'social@example.com', null, 'COMMUNITY', true, 'Friendface', null, 'Screenshots of the "calm down" reply are circulating with the hashtag #KestrelSoapsOut.', null, null, null, null),
    ('Activists flood our Friendface over palm oil in the soap line', 5, '2 hours', 'ENGAGEMENT', 'product@example.com', null, 'VENDOR', true, 'phone', null, 'Supplier confirms 40% of our palm oil is certified today.', null, null, null, null),
    ('Activists flood our Friendface over palm oil in the soap line', 6, '3 hours', 'ENGAGEMENT', 'legal@example.com', 'Legal', null, false, null, null, 'Reviewed our sourcing claims wording for accuracy.', null, null, null, null),
    ('Activists flood our Friendface over palm oil in the soap line', 7, '5 hours', 'ENGAGEMENT', 'press@example.com', null, 'PRESS', true, 'e-mail', null, 'Environmental reporter asked for our sourcing figures.', null, null, null, null),
    ('Activists flood our Friendface over palm oil in the soap line', 8, '7 hours', 'RESPONSE_PUBLISHED', 'social@example.com', 'Marketing', null, true, 'Friendface', 'https://friendface.example/kestrelhome/posts/sourcing', 'Pinned post: apology for the tone, sourcing facts, commitment date.', null, null, null, null),
    ('Activists flood our Friendface over palm oil in the soap line', 9, '10 hours', 'ENGAGEMENT', 'social@example.com', null, 'COMMUNITY', true, 'video call', null, 'Met the campaign group on a call; they will publish our commitment.', null, null, null, null),
    ('Activists flood our Friendface over palm oil in the soap line', 10, '20 hours', 'NOTE', 'manager@example.com', null, null, false, null, null, 'Board wants a weekly update until the supply plan is public.', null, null, null, null),
    ('"Kestrel Hell" blog campaign about customer service', 0, '0 minutes', 'EXTERNAL_DEVELOPMENT', 'support@example.com', null, 'COMMUNITY', true, 'blog', null, 'First "Kestrel Hell" post: dishwasher broken for six weeks, four calls unanswered.', null, null, null, null),
    ('"Kestrel Hell" blog campaign about customer service', 1, '2 days', 'EXTERNAL_DEVELOPMENT', 'support@example.com', null, 'COMMUNITY', true, 'blog', null, 'Second post; 300 comments with other support stories.', null, null, null, null),
    ('"Kestrel Hell" blog campaign about customer service', 2, '4 days', 'ENGAGEMENT', 'support@example.com', 'Customer Support', null, false, null, null, 'Found the case: escalations lost between two queues.', null, null, null, null),
    ('"Kestrel Hell" blog campaign about customer service', 3, '6 days', 'EXTERNAL_DEVELOPMENT', 'social@example.com', null, 'COMMUNITY', true, null, null, 'A consumer forum links the series; search for "Kestrel support" shows it on page one.', null, null, null, null),
    ('"Kestrel Hell" blog campaign about customer service', 4, '9 days', 'STATUS_CHANGE', 'lead@example.com', null, null, false, null, null, '', 'REPORTED', 'TRIAGE', null, null),
    ('"Kestrel Hell" blog campaign about customer service', 5, '9 days 2 hours', 'NOTE', 'lead@example.com', null, null, false, null, null, 'Long, slow campaign: treat as severity 3, but owner needed this week.', null, null, null, null),
    ('"Kestrel Hell" blog campaign about customer service', 6, '9 days 3 hours', 'ENGAGEMENT', 'support@example.com', 'Customer Support', null, true, 'phone', null, 'Technician booked for the blogger''s dishwasher.', null, null, null, null),
    ('"Kestrel Hell" blog campaign about customer service', 7, '9 days 5 hours', 'NOTE', 'manager@example.com', null, null, false, null, null, 'Let us see the queue numbers before deciding on a public support blog.', null, null, null, null)
) as v (title, position, offset_after, type, actor, department, party, external, channel, link, body, from_status, to_status,
        from_severity, to_severity)
join incidents i on i.title = v.title
join users u on u.email = v.actor
left join departments d on d.name = v.department
where not exists (select 1 from incident_timeline_entries e where e.incident_id = i.id)
order by i.id, v.position;

insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_id, actor_name, external, body,
                                       corrects_entry_id)
select e.incident_id, 'CORRECTION', e.occurred_at, least(now(), i.detected_at + interval '2 hours 30 minutes'), u.id, u.display_name, false,
       'The consumer-rights account has 120,000 followers, not 1.2M.', e.id
from incident_timeline_entries e
join incidents i on i.id = e.incident_id
join users u on u.email = 'social@example.com'
where i.title = 'Viral song "Kestrel Broke My Cello" about a delivery' and e.body = 'Two music blogs and a consumer-rights account with 1.2M followers shared the video.'
and not exists (select 1 from incident_timeline_entries c where c.corrects_entry_id = e.id);

insert into incident_reviews (incident_id, what_happened, went_well, to_change, signed_off_by_id, signed_off_at,
                              created_at, created_by, updated_at, updated_by)
select i.id, 'A delivery damage claim refused three times became a viral song; we answered within six hours with a full settlement and an apology video.', 'Fast decision by the executive team; a human apology on the same channel; the claim file was pulled within the hour.', 'Claims above 500 must get a second look before a third refusal; fragile-item handling in crew training.', m.id, i.detected_at + interval '8 days' + interval '23 hours',
       now(), 'demo', now(), 'demo'
from incidents i join users m on m.email = 'manager@example.com'
where i.title = 'Viral song "Kestrel Broke My Cello" about a delivery'
on conflict (incident_id) do nothing;

insert into incident_follow_ups (review_id, type, description, owner_id, due_on, policy_id, created_at, created_by,
                                 updated_at, updated_by)
select r.id, v.type, v.description, u.id, (i.detected_at + interval '8 days')::date + v.days,
       case when v.type = 'POLICY_CHANGE' then (select p.id from policies p where p.title = 'Crisis communications policy') end,
       now(), 'demo', now(), 'demo'
from (values
    ('ACTION', 'Second review of any claim refused twice', 'support@example.com', 20),
    ('TRAINING_NEED', 'Fragile-item handling module for delivery crews', 'hr@example.com', 45),
    ('POLICY_CHANGE', 'Add "public escalation" path to the claims policy', 'lead@example.com', 30)
) as v (type, description, owner, days)
join incidents i on i.title = 'Viral song "Kestrel Broke My Cello" about a delivery'
join incident_reviews r on r.incident_id = i.id
join users u on u.email = v.owner
where not exists (select 1 from incident_follow_ups f where f.review_id = r.id and f.description = v.description);

insert into incident_reviews (incident_id, what_happened, went_well, to_change, signed_off_by_id, signed_off_at,
                              created_at, created_by, updated_at, updated_by)
select i.id, 'A published lock bypass threatened the product line; a free exchange announced in under a day turned criticism into credit.', 'Product reproduced the flaw in 45 minutes; legal cleared the exchange the same morning; one clear CEO message.', 'Security products need an outside penetration test before launch; keep a pre-approved recall playbook.', m.id, i.detected_at + interval '20 days' + interval '23 hours',
       now(), 'demo', now(), 'demo'
from incidents i join users m on m.email = 'manager@example.com'
where i.title = 'Blogger opens a ShieldLock bike lock with a ballpoint pen'
on conflict (incident_id) do nothing;

insert into incident_follow_ups (review_id, type, description, owner_id, due_on, policy_id, created_at, created_by,
                                 updated_at, updated_by)
select r.id, v.type, v.description, u.id, (i.detected_at + interval '20 days')::date + v.days,
       case when v.type = 'POLICY_CHANGE' then (select p.id from policies p where p.title = 'Crisis communications policy') end,
       now(), 'demo', now(), 'demo'
from (values
    ('ACTION', 'Outside lock test for every new security product', 'product@example.com', 60),
    ('POLICY_CHANGE', 'Pre-approved product recall playbook', 'lead@example.com', 40)
) as v (type, description, owner, days)
join incidents i on i.title = 'Blogger opens a ShieldLock bike lock with a ballpoint pen'
join incident_reviews r on r.incident_id = i.id
join users u on u.email = v.owner
where not exists (select 1 from incident_follow_ups f where f.review_id = r.id and f.description = v.description);
