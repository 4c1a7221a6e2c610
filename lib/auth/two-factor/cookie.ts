/** The HttpOnly cookie that carries a login from the password step to the code step (path /login, 5 minutes). */
export const PENDING_LOGIN_COOKIE = "kawal-pending-login";
