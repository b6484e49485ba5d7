// The roles an account can have (docs/SECURITY.md § Accounts): what each may do is decided by the
// server's routes; the list itself is shared by the store, the API's contract and the dashboard.

export const ROLES = ['admin', 'analyst', 'department', 'region', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
