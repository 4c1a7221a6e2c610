/** What the audit log records; imports nothing, so the admin page's filter can share it. */
export const auditEventKinds = ["login", "login_failed", "logout", "refused"] as const;
export type AuditEventKind = (typeof auditEventKinds)[number];
