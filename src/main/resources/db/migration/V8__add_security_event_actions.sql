-- Security events in the audit log beside record changes: sign-in failures, locks, throttling, refused requests (403),
-- role and password changes, second-factor changes. Like every audit row they name no secret: no password, code or
-- session id.
alter table audit_log drop constraint audit_log_action_check;
alter table audit_log add constraint audit_log_action_check check (action in (
    'CREATE', 'UPDATE', 'DELETE', 'ERASE', 'EXPORT',
    'SIGN_IN_FAILED', 'SIGN_IN_REFUSED', 'ACCOUNT_LOCKED', 'ADDRESS_THROTTLED', 'ACCESS_DENIED',
    'ROLE_CHANGED', 'PASSWORD_CHANGED', 'MFA_ENABLED', 'MFA_DISABLED', 'MFA_FAILED', 'RECOVERY_CODE_USED',
    'RECOVERY_CODES_RENEWED'));
