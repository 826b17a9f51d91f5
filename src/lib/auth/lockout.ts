/**
 * Login lockout policy (see README, "Anmeldung und Sperre"):
 * five wrong passwords lock new password logins to the account for ten minutes. The lock never
 * ends sessions already open, and the owner can always lift it herself with "Passwort vergessen"
 * (the reset clears the lock), so someone who only knows the e-mail address can delay a login
 * but cannot keep an editor out. A locked account answers like a wrong password (equalLoginWork.ts).
 */
export const LOGIN_LOCKOUT = {
  maxLoginAttempts: 5,
  lockTimeMs: 10 * 60 * 1000,
} as const
