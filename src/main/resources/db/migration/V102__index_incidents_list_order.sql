-- The incident list (issue 10, session 7). Its usual order (severity, then detection) was a sort of every incident
-- with its reporter, owner and service joined: the deep page of all 2,008 incidents sorted 1,020 wide rows per view.
-- With this index the page's ids are an index-only scan in that order (the status filter read from the index too),
-- and only the rows shown are then read with their people.
create index incidents_list_order_idx on incidents (severity, detected_at, id) include (status);
