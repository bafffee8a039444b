-- Demo policies of the fictional Kestrel Home: six policies, some with two versions, one due for review,
-- acknowledgements partly done. Re-runnable: every insert skips what exists.
insert into policies (title, kind, owner_id, all_departments, review_cycle_months, next_review_on,
                      created_at, created_by, updated_at, updated_by)
select p.title, p.kind, u.id, p.all_departments, p.cycle, (now() + p.next_review)::date,
       now(), 'demo', now(), 'demo'
from (values
    ('Blogging policy', 'BLOGGING', 'lead@example.com', true, 12, interval '7 months'),
    ('Blogger relations program', 'BLOGGER_RELATIONS', 'lead@example.com', false, 12, interval '10 months'),
    ('Social media monitoring program', 'MONITORING', 'lead@example.com', false, 6, interval '2 months'),
    ('Engagement guidelines and disclosure', 'ENGAGEMENT', 'lead@example.com', true, 12, interval '11 months'),
    ('Crisis communications policy', 'CRISIS', 'manager@example.com', false, 6, interval '-12 days'),
    ('Platform use and account security', 'PLATFORM_USE', 'it@example.com', false, 12, interval '12 months')
) as p (title, kind, owner, all_departments, cycle, next_review)
join users u on u.email = p.owner
where not exists (select 1 from policies x where x.title = p.title);

insert into policy_departments (policy_id, department_id)
select p.id, d.id
from (values
    ('Blogger relations program', 'Marketing'),
    ('Blogger relations program', 'Communications'),
    ('Social media monitoring program', 'Communications'),
    ('Social media monitoring program', 'Customer Support'),
    ('Social media monitoring program', 'Product'),
    ('Crisis communications policy', 'Communications'),
    ('Crisis communications policy', 'Customer Support'),
    ('Crisis communications policy', 'Executive'),
    ('Crisis communications policy', 'Legal'),
    ('Platform use and account security', 'IT'),
    ('Platform use and account security', 'Marketing')
) as a (title, department)
join policies p on p.title = a.title
join departments d on d.name = a.department
on conflict do nothing;

insert into policy_versions (policy_id, number, body, change_summary, state, published_at, published_by_id,
                             created_at, created_by, updated_at, updated_by)
select p.id, v.number, v.body, v.summary, v.state,
       case when v.state in ('PUBLISHED', 'RETIRED') then now() - v.age end,
       case when v.state in ('PUBLISHED', 'RETIRED') then u.id end,
       now() - v.age, 'demo', now() - v.age, 'demo'
from (values
    ('Blogging policy', 1, $md$# Blogging policy

Kestrel people may blog about their work. When you do:

1. Say that you work for Kestrel when you write about our products, our competitors or our industry.
2. Speak for yourself: add "The views here are my own" unless the SMR lead has asked you to speak for the company.
3. Keep confidential things confidential: no unreleased products, prices, figures or customer details.
4. Be polite, also to critics.
$md$, 'First version', 'RETIRED', interval '400 days'),
    ('Blogging policy', 2, $md$# Blogging policy

Kestrel people may blog about their work. When you do:

1. Say that you work for Kestrel when you write about our products, our competitors or our industry.
2. Speak for yourself: add "The views here are my own" unless the SMR lead has asked you to speak for the company.
3. Keep confidential things confidential: no unreleased products, prices, figures or customer details.
4. Be polite, also to critics. Correct mistakes openly, with a visible note, rather than deleting them.
5. Ask the SMR lead before you start a blog *on behalf of* a department.

## Who to ask

Write to the SMR lead, or see the [engagement guidelines](https://intranet.example/policies) for disclosure rules.
$md$, 'Correct mistakes openly; ask before starting a department blog', 'PUBLISHED', interval '150 days'),
    ('Blogger relations program', 1, $md$# Blogger relations program

We work with independent bloggers who write about outdoor gear.

- **Who**: bloggers whose readers are our customers; we keep them as contacts with a relationship owner.
- **Samples**: we lend products for review; bloggers keep them only if they disclose it.
- **Briefings**: at most one pitch a month per blogger, always personal, never a mass mailing.
- **No payment for opinion**: we never pay for a positive review, and never ask a blogger to hide our relationship.

<table>
<thead><tr><th>What we offer</th><th>What we ask</th></tr></thead>
<tbody>
<tr><td>Early information</td><td>Honest opinion</td></tr>
<tr><td>Product loans</td><td>Disclosure of the loan</td></tr>
</tbody>
</table>
$md$, 'First version', 'PUBLISHED', interval '90 days'),
    ('Social media monitoring program', 1, $md$# Social media monitoring program

Communications watches what people say about Kestrel in blogs, forums, review sites and social networks.

- Keyword rules cover our brand, product lines and executives.
- Customer Support answers product questions within one working day.
- Product collects feedback and reports trends monthly.
- Anything that may become an issue goes to the SMR lead at once.
$md$, 'First version', 'PUBLISHED', interval '60 days'),
    ('Social media monitoring program', 2, $md$# Social media monitoring program

Communications watches what people say about Kestrel in blogs, forums, review sites, video channels and social
networks.

- Keyword rules cover our brand, product lines and executives, and exclude our own accounts.
- Customer Support answers product questions within four working hours.
- Product collects feedback and reports trends monthly.
- Anything that may become an issue goes to the SMR lead at once; a volume spike raises an alert.
$md$, 'Faster answers, video channels, spike alerts', 'DRAFT', interval '3 days'),
    ('Engagement guidelines and disclosure', 1, $md$# Engagement guidelines and disclosure

In the spirit of the WOMMA ethics code, every conversation we take part in is honest in three ways:

1. **Honesty of relationship**: say who you work for. When you talk about Kestrel, disclose that you are an
   employee, in the post itself, not only in a profile.
2. **Honesty of opinion**: say what you really think. Never accept or offer payment, gifts or favours for an
   opinion without disclosing it, and never write reviews of our own products.
3. **Honesty of identity**: never hide who you are. No fake accounts, no anonymous praise, no posing as a customer.

Also:

- Respect the rules of each community and platform.
- Do not engage with children under 13 on our behalf.
- When unsure, ask the SMR lead **before** posting.
$md$, 'First version', 'PUBLISHED', interval '30 days'),
    ('Crisis communications policy', 1, $md$# Crisis communications policy

When a social media issue may harm customers or our reputation:

1. Whoever sees it reports it in SMR Desk at once, with a link.
2. The SMR lead sets the severity and engages the groups in the responsibility matrix.
3. Only Communications speaks for the company; others share the approved response.
4. We answer within two hours for severity 1 and 2, acknowledging what we know and when we will say more.
5. Every crisis ends with a post-incident review signed off by a manager.
$md$, 'First version', 'PUBLISHED', interval '200 days'),
    ('Platform use and account security', 1, $md$# Platform use and account security

- Company accounts are listed in SMR Desk with an owner and a backup owner.
- Use the password manager; never share passwords by e-mail or chat.
- Turn on two-factor authentication on every company account.
- Blocked services may not be used for company work; ask IT about services under review.
$md$, 'First version', 'IN_REVIEW', interval '5 days')
) as v (title, number, body, summary, state, age)
join policies p on p.title = v.title
join users u on u.email = 'lead@example.com'
on conflict (policy_id, number) do nothing;

-- About half of the staff have acknowledged; Mika (Marketing) and Sasha (Support) still have policies waiting.
insert into policy_acknowledgements (version_id, user_id, acknowledged_at)
select v.id, u.id, now() - a.age
from (values
    ('Blogging policy', 2, 'press@example.com', interval '100 days'),
    ('Blogging policy', 2, 'social@example.com', interval '90 days'),
    ('Blogging policy', 2, 'hr@example.com', interval '80 days'),
    ('Blogging policy', 2, 'it@example.com', interval '70 days'),
    ('Blogging policy', 1, 'marketing@example.com', interval '300 days'),
    ('Blogger relations program', 1, 'press@example.com', interval '60 days'),
    ('Blogger relations program', 1, 'social@example.com', interval '50 days'),
    ('Social media monitoring program', 1, 'press@example.com', interval '40 days'),
    ('Social media monitoring program', 1, 'product@example.com', interval '20 days'),
    ('Engagement guidelines and disclosure', 1, 'press@example.com', interval '20 days'),
    ('Engagement guidelines and disclosure', 1, 'recruiting@example.com', interval '10 days'),
    ('Crisis communications policy', 1, 'press@example.com', interval '150 days')
) as a (title, number, email, age)
join policies p on p.title = a.title
join policy_versions v on v.policy_id = p.id and v.number = a.number
join users u on u.email = a.email
on conflict (user_id, version_id) do nothing;
