-- Demo awareness data for the fictional company Kestrel: a catalogue of social services, the company's accounts,
-- 200 activities over the past year (deterministic, from generate_series) and a responsibility matrix like the
-- common departmental map. Re-runnable: nothing is inserted twice.

insert into social_services (name, kind, website, audience, business_impact, risk_notes, it_status, it_reasoning,
                             it_contact_id, assessment, created_at, created_by, updated_at, updated_by)
select s.name, s.kind, s.website, s.audience, s.impact, s.risks, s.it_status, s.it_reasoning,
       (select id from users where email = 'it@example.com'), s.assessment, now(), 'demo', now(), 'demo'
from (values
    ('Inkwell', 'BLOG', 'https://inkwell.example', 'Industry readers, journalists, partners',
     'Home of the company blog: long-form stories, product news and thought leadership.',
     'Comments need moderation within one working day.', 'APPROVED', 'Hosted, single sign-on, no client install.', 'ADOPTED'),
    ('Chirp', 'MICROBLOG', 'https://chirp.example', 'Journalists, customers, analysts',
     'Fastest channel for news and first answers to customers.', 'Public replies escalate quickly; crisis channel.',
     'APPROVED', 'Approved for the official accounts; personal use per the blogging policy.', 'ADOPTED'),
    ('Fedtown', 'MICROBLOG', 'https://fedtown.example', 'Developers, open-source community',
     'Growing developer audience that left Chirp.', 'Federated: moderation differs per server.',
     'UNDER_REVIEW', 'Checking data residency of the chosen server.', 'EVALUATING'),
    ('Linkup', 'SOCIAL_NETWORK', 'https://linkup.example', 'Professionals, candidates, B2B buyers',
     'Recruiting, employer brand and B2B reach.', 'Employees post in a personal capacity: disclosure rules apply.',
     'APPROVED', 'Company page administered by Marketing and HR.', 'ADOPTED'),
    ('Friendface', 'SOCIAL_NETWORK', 'https://friendface.example', 'Consumers 25–55',
     'Paid campaigns and community for consumer products.', 'Ad targeting must follow the privacy notice.',
     'APPROVED', 'Ads manager access through the company identity provider.', 'ADOPTED'),
    ('Vidtube', 'VIDEO', 'https://vidtube.example', 'Customers, candidates, partners',
     'How-to videos cut support calls; recruiting livestreams.', 'Music licensing; comments on old videos.',
     'APPROVED', 'Uploads from the marketing workstation only.', 'ADOPTED'),
    ('Clipstream', 'VIDEO', 'https://clipstream.example', 'Consumers under 30',
     'Short video ads reach a younger audience.', 'Trend-driven backlash; data transfer questions.',
     'RESTRICTED', 'Allowed on dedicated devices only, not on company laptops.', 'EVALUATING'),
    ('Podnest', 'PODCAST', 'https://podnest.example', 'Existing customers, power users',
     'Product Talk podcast: feature deep dives and customer interviews.', 'Guests sign a release form.',
     'APPROVED', 'Hosting only; recordings stay on the shared drive.', 'ADOPTED'),
    ('Askboard', 'FORUM', 'https://askboard.example', 'Customers seeking help',
     'Public Q&A where customers answer each other; support steps in.', 'Wrong answers stay visible for years.',
     'APPROVED', 'No install; browser only.', 'ADOPTED'),
    ('DevTalk Forum', 'FORUM', 'https://devtalk.example', 'Developers using the API',
     'Release notes discussion and product feedback from developers.', 'Security reports must move to the private channel.',
     'APPROVED', 'Staff accounts use company e-mail.', 'ADOPTED'),
    ('Knowpedia', 'WIKI', 'https://knowpedia.example', 'Anyone researching the company',
     'Public encyclopedia article about the company and its products.', 'Conflict of interest: suggest edits, never edit directly.',
     'APPROVED', 'Read and talk pages only.', 'ADOPTED'),
    ('Starcheck', 'REVIEW_SITE', 'https://starcheck.example', 'Prospective customers',
     'Product ratings influence purchases; answering reviews shows we listen.', 'Never offer incentives for reviews.',
     'APPROVED', 'Business profile claimed by Customer Support.', 'ADOPTED'),
    ('Jobrate', 'REVIEW_SITE', 'https://jobrate.example', 'Candidates and employees',
     'Employer reviews shape recruiting.', 'Former employees'' personal data: answer without details.',
     'APPROVED', 'Employer profile claimed by HR.', 'ADOPTED'),
    ('Markit', 'BOOKMARKING', 'https://markit.example', 'Researchers, curators',
     'Shows which of our articles people save and share.', 'Low risk.', 'UNDER_REVIEW', 'Pending review of browser extension.', 'SPOTTED'),
    ('Pinwall', 'BOOKMARKING', 'https://pinwall.example', 'Designers, home and lifestyle audience',
     'Visual inspiration boards; possible channel for the design line.', 'Image rights.', 'UNDER_REVIEW',
     'Not assessed yet.', 'SPOTTED'),
    ('Wavechat', 'MESSAGING', 'https://wavechat.example', 'Employees, some customers',
     'Customer broadcast channel and employee groups.', 'Not archived: no customer data in chats.',
     'BLOCKED', 'Fails the retention requirement; use the company chat instead.', 'NOT_ADOPTED')
) as s (name, kind, website, audience, impact, risks, it_status, it_reasoning, assessment)
on conflict (name) do nothing;

insert into accounts (service_id, handle, url, department_id, owner_id, backup_owner_id, status, notes,
                      created_at, created_by, updated_at, updated_by)
select s.id, a.handle, a.url, d.id, o.id, b.id, a.status, a.notes, now(), 'demo', now(), 'demo'
from (values
    ('Inkwell', 'kestrel-blog', 'https://inkwell.example/kestrel', 'Communications', 'press@example.com', 'lead@example.com', 'ACTIVE', 'Editorial calendar in the shared drive.'),
    ('Chirp', '@KestrelNews', 'https://chirp.example/KestrelNews', 'Communications', 'press@example.com', 'lead@example.com', 'ACTIVE', 'Official news; crisis statements go here first.'),
    ('Chirp', '@KestrelHelp', 'https://chirp.example/KestrelHelp', 'Customer Support', 'support@example.com', null, 'ACTIVE', 'Answers within two hours on working days.'),
    ('Linkup', 'Kestrel Careers', 'https://linkup.example/company/kestrel-careers', 'HR', 'recruiting@example.com', 'hr@example.com', 'ACTIVE', null),
    ('Linkup', 'Kestrel', 'https://linkup.example/company/kestrel', 'Marketing', 'marketing@example.com', 'social@example.com', 'ACTIVE', null),
    ('Friendface', 'Kestrel Home', 'https://friendface.example/kestrelhome', 'Marketing', 'social@example.com', 'marketing@example.com', 'ACTIVE', 'Community managed with the agency.'),
    ('Vidtube', 'KestrelTV', 'https://vidtube.example/@KestrelTV', 'Marketing', 'marketing@example.com', 'recruiting@example.com', 'ACTIVE', null),
    ('Podnest', 'Product Talk', 'https://podnest.example/product-talk', 'Product', 'product@example.com', null, 'ACTIVE', 'Monthly episodes.'),
    ('Starcheck', 'Kestrel', 'https://starcheck.example/kestrel', 'Customer Support', 'support@example.com', 'product@example.com', 'ACTIVE', null),
    ('Wavechat', 'Kestrel Updates', null, 'Communications', 'press@example.com', null, 'RETIRED', 'Retired after IT blocked the service.')
) as a (service, handle, url, department, owner, backup, status, notes)
join social_services s on s.name = a.service
join departments d on d.name = a.department
join users o on o.email = a.owner
left join users b on b.email = a.backup
on conflict (service_id, handle) do nothing;

-- 200 activities over the past year: each g picks a template (department, owner, service, kind, title) and a topic,
-- a date spread over 365 days, and a status; the same rows every time.
with template (n, department, owner, service, kind, title, topics) as (values
    (0, 'Marketing', 'marketing@example.com', 'Linkup', 'POST', 'Product spotlight: %s', array['the Aurora lamp', 'the travel kit', 'the new colours', 'gift ideas']),
    (1, 'Marketing', 'social@example.com', 'Friendface', 'CAMPAIGN', 'Seasonal campaign: %s', array['spring cleaning', 'summer evenings', 'back to school', 'winter sale']),
    (2, 'Marketing', 'marketing@example.com', 'Vidtube', 'PODCAST_VIDEO', 'Customer story video: %s', array['a bakery in Leeds', 'a design studio', 'a family of five', 'a school library']),
    (3, 'Marketing', 'social@example.com', 'Clipstream', 'AD', 'Short video ad: %s', array['unboxing', 'thirty-second setup', 'before and after', 'night mode']),
    (4, 'Communications', 'press@example.com', 'Inkwell', 'ARTICLE', 'Company blog: %s', array['our sustainability report', 'ten years of Kestrel', 'how we test products', 'meet the repair team']),
    (5, 'Communications', 'press@example.com', 'Chirp', 'POST', 'Press release shared: %s', array['quarterly results', 'new warehouse', 'partnership with a charity', 'award shortlist']),
    (6, 'Communications', 'lead@example.com', 'Linkup', 'OUTREACH', 'Blogger briefing on %s', array['the autumn range', 'repairability', 'energy labels', 'the design process']),
    (7, 'Customer Support', 'support@example.com', 'Chirp', 'REPLY', 'Answered questions about %s', array['delivery delays', 'the firmware update', 'warranty claims', 'spare parts']),
    (8, 'Customer Support', 'support@example.com', 'Starcheck', 'REVIEW_RESPONSE', 'Replied to reviews mentioning %s', array['battery life', 'packaging', 'customer service', 'assembly']),
    (9, 'Customer Support', 'support@example.com', 'Askboard', 'REPLY', 'Forum answer: %s', array['pairing the remote', 'resetting the lamp', 'return labels', 'bulb sizes']),
    (10, 'HR', 'recruiting@example.com', 'Linkup', 'POST', 'Job opening: %s', array['support agent', 'product designer', 'warehouse lead', 'data analyst']),
    (11, 'HR', 'hr@example.com', 'Jobrate', 'REVIEW_RESPONSE', 'Responded to employer review about %s', array['onboarding', 'shift patterns', 'career growth', 'the office move']),
    (12, 'HR', 'recruiting@example.com', 'Vidtube', 'EVENT', 'Recruiting day livestream: %s', array['engineering', 'customer support', 'internships', 'logistics']),
    (13, 'Product', 'product@example.com', 'DevTalk Forum', 'POST', 'Release notes discussion: %s', array['API version 3', 'webhooks', 'rate limits', 'the smart-home bridge']),
    (14, 'Product', 'product@example.com', 'Podnest', 'PODCAST_VIDEO', 'Product Talk episode: %s', array['designing for repair', 'what customers asked for', 'behind the firmware', 'accessibility']),
    (15, 'Product', 'product@example.com', 'Knowpedia', 'OTHER', 'Suggested correction on the talk page: %s', array['founding year', 'product list', 'headquarters', 'logo history']),
    (16, 'IT', 'it@example.com', 'Askboard', 'REPLY', 'Security advisory answered: %s', array['phishing messages', 'account takeover', 'the login page', 'two-factor sign-in'])
)
insert into activities (department_id, service_id, account_id, kind, title, link, activity_date, owner_id, status,
                        reach, engagement, notes, created_at, created_by, updated_at, updated_by)
select d.id, s.id,
       (select a.id from accounts a where a.service_id = s.id and a.department_id = d.id order by a.id limit 1),
       t.kind,
       format(t.title, t.topics[1 + (g / 17) % 4]),
       case when g % 3 = 0 then 'https://' || lower(replace(s.name, ' ', '')) || '.example/kestrel/' || g end,
       case when g % 19 = 0 then current_date + (g % 21) else current_date - ((g * 37) % 365) end,
       u.id,
       case when g % 19 = 0 then 'PLANNED' when g % 23 = 0 then 'CANCELLED' when g % 13 = 0 then 'LIVE' else 'DONE' end,
       case when g % 2 = 0 then 200 + (g * 131) % 9800 end,
       case when g % 2 = 0 then 5 + (g * 17) % 400 end,
       case when g % 5 = 0 then 'Logged from the weekly department round-up.' end,
       now(), 'demo', now(), 'demo'
from generate_series(1, 200) as g
join template t on t.n = g % 17
join departments d on d.name = t.department
join social_services s on s.name = t.service
join users u on u.email = t.owner
where not exists (select 1 from activities where created_by = 'demo');

insert into responsibilities (name, description, incident_kind, position, created_at, created_by, updated_at, updated_by)
values
    ('Monitor mentions', 'Watch services, blogs and forums for mentions of the company and its products.', null, 10, now(), 'demo', now(), 'demo'),
    ('Answer customer questions and complaints', 'Reply publicly, move details to a private channel, follow up.', 'COMPLAINT', 20, now(), 'demo', now(), 'demo'),
    ('Reputation and press', 'Statements, journalist and blogger relations, corrections.', 'CRITICISM', 30, now(), 'demo', now(), 'demo'),
    ('Correct misinformation', 'Check facts, publish corrections, suggest edits to wikis.', 'MISINFORMATION', 40, now(), 'demo', now(), 'demo'),
    ('Marketing campaigns', 'Plan, run and measure campaigns and ads.', 'CAMPAIGN_BACKLASH', 50, now(), 'demo', now(), 'demo'),
    ('Recruiting and employer brand', 'Job posts, employer reviews, recruiting events.', null, 60, now(), 'demo', now(), 'demo'),
    ('Product feedback and ideas', 'Collect feedback from forums and reviews, answer product problems.', 'PRODUCT_PROBLEM', 70, now(), 'demo', now(), 'demo'),
    ('Internal communications and employee networks', 'Employee groups, guidance on personal posts about work.', 'EMPLOYEE_POST', 80, now(), 'demo', now(), 'demo'),
    ('Data and security issues', 'Account takeovers, leaks, phishing using the brand.', 'DATA_SECURITY', 90, now(), 'demo', now(), 'demo'),
    ('Crisis response', 'Convene the crisis team, approve responses, keep the timeline.', 'OTHER', 100, now(), 'demo', now(), 'demo'),
    ('Platform approval and IT policies', 'Assess new services, approve tools, keep the platform-use policy.', null, 110, now(), 'demo', now(), 'demo')
on conflict (name) do nothing;

insert into responsibility_assignments (responsibility_id, department_id, role, created_at, created_by, updated_at, updated_by)
select r.id, d.id, c.role, now(), 'demo', now(), 'demo'
from (values
    ('Monitor mentions', 'Communications', 'R'), ('Monitor mentions', 'Marketing', 'C'), ('Monitor mentions', 'Customer Support', 'C'), ('Monitor mentions', 'Product', 'I'),
    ('Answer customer questions and complaints', 'Customer Support', 'R'), ('Answer customer questions and complaints', 'Communications', 'A'), ('Answer customer questions and complaints', 'Product', 'C'),
    ('Reputation and press', 'Communications', 'R'), ('Reputation and press', 'Executive', 'A'), ('Reputation and press', 'Legal', 'C'), ('Reputation and press', 'Marketing', 'I'),
    ('Correct misinformation', 'Communications', 'R'), ('Correct misinformation', 'Legal', 'C'), ('Correct misinformation', 'Product', 'C'),
    ('Marketing campaigns', 'Marketing', 'R'), ('Marketing campaigns', 'Communications', 'A'), ('Marketing campaigns', 'Legal', 'C'), ('Marketing campaigns', 'Customer Support', 'I'),
    ('Recruiting and employer brand', 'HR', 'R'), ('Recruiting and employer brand', 'Communications', 'C'), ('Recruiting and employer brand', 'Marketing', 'C'),
    ('Product feedback and ideas', 'Product', 'R'), ('Product feedback and ideas', 'Customer Support', 'C'), ('Product feedback and ideas', 'Marketing', 'I'),
    ('Internal communications and employee networks', 'Communications', 'R'), ('Internal communications and employee networks', 'HR', 'A'), ('Internal communications and employee networks', 'Executive', 'I'),
    ('Data and security issues', 'IT', 'R'), ('Data and security issues', 'Legal', 'A'), ('Data and security issues', 'Communications', 'C'), ('Data and security issues', 'Customer Support', 'I'),
    ('Crisis response', 'Communications', 'R'), ('Crisis response', 'Executive', 'A'), ('Crisis response', 'Legal', 'C'), ('Crisis response', 'Customer Support', 'C'), ('Crisis response', 'IT', 'C'), ('Crisis response', 'HR', 'I'),
    ('Platform approval and IT policies', 'IT', 'R'), ('Platform approval and IT policies', 'Communications', 'A'), ('Platform approval and IT policies', 'Legal', 'C')
) as c (responsibility, department, role)
join responsibilities r on r.name = c.responsibility
join departments d on d.name = c.department
on conflict (responsibility_id, department_id) do nothing;
