-- A vendor for the matrix.
insert into vendors (name, kind, status, renewal_date, notice_days, annual_cost, currency, created_at, created_by, updated_at, updated_by)
values ('Matrix Vendor', 'MONITORING', 'ACTIVE', current_date + 20, 30, 1000.00, 'EUR', now(), 'test', now(), 'test')
on conflict (name) do nothing;
