/** What the audit log records; imports nothing, so the admin page's filter can share it. */
export const auditEventKinds = [
  "login",
  "login_failed",
  "logout",
  "refused",
  "two_factor_passed",
  "two_factor_failed",
  "recovery_code_used",
  "two_factor_enrolled",
  "two_factor_disabled",
  "recovery_codes_regenerated",
] as const;
export type AuditEventKind = (typeof auditEventKinds)[number];
