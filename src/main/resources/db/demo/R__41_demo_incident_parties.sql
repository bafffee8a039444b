-- Demo named outside parties and evidence on the demo incidents (R__40): an activist NGO, a supplier, a regulator, a
-- court, journalists and an agency from the directory; timeline entries where they acted; a screenshot of a post that
-- was later deleted and a saved statement (small generated PNG and PDF, fictional). Re-runnable: every insert is
-- guarded; timeline and evidence rows are never updated or deleted (the database forbids it).

insert into incident_named_parties (incident_id, kind, name, contact_id, vendor_id, created_at, created_by, updated_at,
                                    updated_by)
select i.id, v.kind, coalesce(c.name, vd.name, v.name), c.id, vd.id, now(), 'demo', now(), 'demo'
from (values
    ('Activists flood our Friendface over palm oil in the soap line', 'NGO', 'Rainforest Watch (fictional)', null, null),
    ('Activists flood our Friendface over palm oil in the soap line', 'PARTNER', 'Sunvale Oils, soap supplier (fictional)', null, null),
    ('Activists flood our Friendface over palm oil in the soap line', 'PRESS', null, 'Tamsin Holloway', null),
    ('Activists flood our Friendface over palm oil in the soap line', 'AGENCY', null, null, 'Quayle & Wren PR'),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 'AUTHORITY', 'Consumer Product Safety Office (fictional)', null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 'COURT', 'Dunmore District Court (fictional)', null, null),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 'CUSTOMER', 'ShieldLock owners', null, null),
    ('Warehouse staff prank video in the staff kitchen', 'AUTHORITY', 'Dunmore food safety inspectors (fictional)', null, null),
    ('Warehouse staff prank video in the staff kitchen', 'PRESS', null, 'Odile Varga', null),
    ('Marketplace de-ranking storm blamed on a "glitch"', 'COMMUNITY', 'Independent makers on Kestrel Marketplace', null, null)
) as v (incident, kind, name, contact, vendor)
join incidents i on i.title = v.incident
-- one contact or vendor per name (the large dataset holds namesakes)
left join lateral (select id, name from contacts where name = v.contact order by id limit 1) c on true
left join lateral (select id, name from vendors where name = v.vendor order by id limit 1) vd on true
where coalesce(c.name, vd.name, v.name) is not null
and not exists (select 1 from incident_named_parties p
                where p.incident_id = i.id and p.kind = v.kind and lower(p.name) = lower(coalesce(c.name, vd.name, v.name)));

-- Entries where a named party is the group and who acted; recorded by a colleague.
insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_id, actor_name, party,
                                       named_party_id, acted_by_party_id, external, channel, link, body)
select i.id, v.type, i.detected_at + v.offset_after::interval,
       least(now(), i.detected_at + v.offset_after::interval + interval '6 minutes'), u.id, u.display_name, p.kind,
       p.id, p.id, true, v.channel, v.link, v.body
from (values
    ('Activists flood our Friendface over palm oil in the soap line', 'Rainforest Watch (fictional)', '2 hours 40 minutes', 'EXTERNAL_DEVELOPMENT', 'social@example.com', 'Friendface', null, 'Rainforest Watch posted screenshots of our deleted comments with "Kestrel silences critics"; the post was removed by its author an hour later.'),
    ('Activists flood our Friendface over palm oil in the soap line', 'Sunvale Oils, soap supplier (fictional)', '5 hours', 'ENGAGEMENT', 'product@example.com', 'video call', null, 'Sunvale confirmed the certified-supply date we may announce: next spring.'),
    ('Activists flood our Friendface over palm oil in the soap line', 'Quayle & Wren PR', '8 hours', 'ENGAGEMENT', 'press@example.com', 'e-mail', null, 'The agency briefed Green Markets Review on the sourcing facts and the supply plan.'),
    ('Blogger opens a ShieldLock bike lock with a ballpoint pen', 'Consumer Product Safety Office (fictional)', '3 days', 'EXTERNAL_DEVELOPMENT', 'legal@example.com', 'letter', null, 'The safety office asked for weekly exchange figures until the programme ends.'),
    ('Warehouse staff prank video in the staff kitchen', 'Dunmore food safety inspectors (fictional)', '2 days', 'EXTERNAL_DEVELOPMENT', 'hr@example.com', 'inspection', null, 'Inspectors visited the café and the warehouse kitchen: no findings.')
) as v (incident, party, offset_after, type, recorder, channel, link, body)
join incidents i on i.title = v.incident
join incident_named_parties p on p.incident_id = i.id and p.name = v.party
join users u on u.email = v.recorder
where i.detected_at + v.offset_after::interval <= now()
and not exists (select 1 from incident_timeline_entries e where e.incident_id = i.id and e.body = v.body);

-- Evidence: the screenshot of the NGO's post (on its entry) and our saved statement (on the incident).
insert into incident_attachments (incident_id, entry_id, file_name, content_type, size_bytes, sha256, content, thumbnail,
                                  description, uploaded_at, uploaded_by_id, uploaded_by_name)
select i.id, e.id, v.file_name, v.content_type, length(decode(v.content, 'hex')), encode(sha256(decode(v.content, 'hex')), 'hex'),
       decode(v.content, 'hex'), decode(v.thumbnail, 'hex'), v.description, least(now(), i.detected_at + v.offset_after::interval),
       u.id, u.display_name
from (values
    ('Activists flood our Friendface over palm oil in the soap line', 'Rainforest Watch posted screenshots of our deleted comments%',
     'rainforest-watch-post.png', 'image/png', '89504e470d0a1a0a0000000d4948445200000140000000c808020000001666affc000002d54944415478daedd9b11182401445512a22209546a017da702c491a217286c00234d7c45116fefacf9d57c1c249769bdb7a37b34ad738023380cd0c603303d80c603303d8cc00363380cd00363380cd0c6033803fde69b89859a1016c0630c066009b19c06600036c06b0233603d8cc00360318603380cd0c60338001360318603380cd0c603380013603d8cc00363380cd0006d80c603303d80c6080cd0006d80c603303d80c6080cd32027e482a16c012c0004b004b02580218600960472c012c0960096080258025012c017c2ce076ea3699cf29800196000658021860293be05e1b050cc000032c80010658000b608001065800030cb0009600065802186009608025802580019600de13f0f9eff2e30a60800530c0000b60800116c012c0004b00032c010cb0141bb0248025800196000658025812c012c0004b004b025812c012c0004b004baa11f028e92d8025800196000658025802d82db4e4161a60096049004b00032c010cb004b0a4f880bdf829e72b2ec012c0004b00032c012c01ec165a720b0db004b0248025012c010cb004b0a4da017b33148a000b60800116c000032c800116c0720b2d010cb004b0248025012c010cb004b02480258001960006580258525cc0d76536b397016c0630c06600036c06b019c0009b010cb019c0009b016c0630c0660003fcebdaa94b355f1c60800106186080010618608001061860800106186080010618608001061860800106186080010618608001061860800d6003186080010618608001061860800106186080010618608001061860800106186080010618608001061860800106186003d800061860800106186080010618608001061860800106186080cd0006d80c60338001360318603380cd0006d80c6080cd0006d80c603380230196f45d004b00032c012c096009608025801db104b0248025800196009604b0047039c0661667009b016c66009b19c066009b19c06606b099016c06b099016c66009b25de13bd5ce5a9ab8bb7600000000049454e44ae426082', '89504e470d0a1a0a0000000d49484452000000f00000009608020000006f9a9282000001ea4944415478daedddc10d82401445512a62c1161bc15e68c3509234c28ac40505680b0e810cff736e5e0570163a84d0ac9fcd2ccd1a97c0803603da0c6833a00d6833a0cd8036ab0dba1f26b3ea03da8006da803603da0c68031a68031a6803da0c6833a00d68a00d68a00d6833a0cd8036a08136a05d4d03da0c6833a00de822d05fe902012da08116d012d012d0021a68010db48096a2836ec76ec7dc1b012da08116d055403fee1aa640030d34d040030d34d040030d34d012d0021a68010db4802e05fdba7630010db480065a7e430b68a00534d04a0f5a025a025a40032da08116d012d012d0021a6801fd27e8a77468400b68a00534d0ca0f5a72ca21012da08116d040cb8315a9fcd40268010db480065a37052d39e5908016d0400b68a0e5c18a521c23000d34d0400b68a005b43f85021a68012d012d012da08116d0400b68293ae8f7329b1d38a00d68a00d68a00d6833a00d68a00d68a00de8d4a0dbb10b37a081061a68a081061a68a081061a68a081061a68a081061a68a081061a68a081061a68a081061a68a081061a68a081061a68a081061a68a081061a68a081061a68a081061a68a0bdf56d409b016d06b4010db4010db4016d161eb4e42b5812d0021a68010db4809680968016d0400b68b38803da803603da0c6833a00d6833a0cd80363b733f7feec1985644c30a0000000049454e44ae426082',
     'The NGO''s post before its author removed it', '2 hours 50 minutes', 'social@example.com'),
    ('Activists flood our Friendface over palm oil in the soap line', null,
     'statement-palm-oil-sourcing.pdf', 'application/pdf', '255044462d312e340a312030206f626a0a3c3c202f54797065202f436174616c6f67202f5061676573203220302052203e3e0a656e646f626a0a322030206f626a0a3c3c202f54797065202f5061676573202f4b696473205b33203020525d202f436f756e742031203e3e0a656e646f626a0a332030206f626a0a3c3c202f54797065202f50616765202f506172656e74203220302052202f4d65646961426f78205b30203020353935203834325d202f436f6e74656e7473203420302052202f5265736f7572636573203c3c202f466f6e74203c3c202f4631203520302052203e3e203e3e203e3e0a656e646f626a0a342030206f626a0a3c3c202f4c656e67746820313639203e3e0a73747265616d0a4254202f46312031362054662036302037383020546420284b65737472656c20486f6d65202d2073746174656d656e74206f6e2070616c6d206f696c20736f757263696e672920546a2030202d3238205464202f463120313120546620285075626c6973686564206f6e20467269656e64666163653b2073617665642061732065766964656e63652e2046696374696f6e616c2064656d6f20646f63756d656e742e2920546a2045540a656e6473747265616d0a656e646f626a0a352030206f626a0a3c3c202f54797065202f466f6e74202f53756274797065202f5479706531202f42617365466f6e74202f48656c766574696361203e3e0a656e646f626a0a787265660a3020360a303030303030303030302036353533352066200a30303030303030303039203030303030206e200a30303030303030303538203030303030206e200a30303030303030313135203030303030206e200a30303030303030323431203030303030206e200a30303030303030343631203030303030206e200a747261696c65720a3c3c202f53697a652036202f526f6f74203120302052203e3e0a7374617274787265660a3533310a2525454f460a', null,
     'Our statement on palm oil sourcing as published', '7 hours 30 minutes', 'press@example.com')
) as v (incident, entry_body, file_name, content_type, content, thumbnail, description, offset_after, uploader)
join incidents i on i.title = v.incident
join users u on u.email = v.uploader
left join incident_timeline_entries e on e.incident_id = i.id and v.entry_body is not null and e.body like v.entry_body
where (v.entry_body is null or e.id is not null)
and not exists (select 1 from incident_attachments a where a.incident_id = i.id and a.file_name = v.file_name);
