/** User accounts and API tokens: created, listed and revoked; secrets stored only as hashes. */
import { randomUUID } from 'node:crypto';
import type { Role } from '@zhizao/contract';
import { AppError } from '@zhizao/core';
import type { Database } from '../storage/database.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { hashSecret, newSecret } from './secret-token.ts';

/** Who is making a request. */
export interface Principal {
  readonly username: string;
  readonly role: Role;
  readonly via: 'loopback' | 'session' | 'token';
}

export interface UserSummary {
  readonly username: string;
  readonly role: Role;
  readonly createdAt: string;
}

export interface TokenSummary {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

const MIN_PASSWORD_LENGTH = 8;
const SESSION_HOURS = 12;

export async function addUser(
  database: Database,
  username: string,
  password: string,
  role: Role,
): Promise<void> {
  if (!/^[\p{L}\p{N}._-]{1,64}$/u.test(username)) {
    throw new AppError(
      'INVALID_INPUT',
      `username "${username}" must be 1-64 letters, digits, '.', '_' or '-'`,
    );
  }
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('INVALID_INPUT', `password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const existing = await database.query('SELECT 1 FROM users WHERE username = ?', [username]);
  if (existing.length > 0) throw new AppError('CONFLICT', `user "${username}" already exists`);
  const hash = await hashPassword(password);
  await database.run('INSERT INTO users VALUES (?, ?, ?, current_timestamp)', [username, role, hash]);
}

export async function listUsers(database: Database): Promise<UserSummary[]> {
  return database.query<UserSummary>(
    "SELECT username, role, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS createdAt FROM users ORDER BY username",
  );
}

export async function removeUser(database: Database, username: string): Promise<void> {
  const found = await database.query('SELECT 1 FROM users WHERE username = ?', [username]);
  if (found.length === 0) throw new AppError('NOT_FOUND', `user "${username}" does not exist`);
  await database.transaction(async (session) => {
    await session.run('DELETE FROM web_sessions WHERE username = ?', [username]);
    await session.run('DELETE FROM users WHERE username = ?', [username]);
  });
}

export async function adminExists(database: Database): Promise<boolean> {
  const rows = await database.query("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1");
  return rows.length > 0;
}

/** Checks a user's password and opens a web session; returns the session secret for the cookie. */
export async function signIn(
  database: Database,
  username: string,
  password: string,
): Promise<{ secret: string; principal: Principal; maxAgeSeconds: number }> {
  const rows = await database.query<{ role: Role; password_hash: string }>(
    'SELECT role, password_hash FROM users WHERE username = ?',
    [username],
  );
  const user = rows[0];
  const valid = user !== undefined && (await verifyPassword(password, user.password_hash));
  if (!user || !valid) throw new AppError('UNAUTHENTICATED', 'wrong username or password');
  const secret = newSecret('zzs');
  await database.run(
    `INSERT INTO web_sessions VALUES (?, ?, current_timestamp + INTERVAL ${SESSION_HOURS} HOUR)`,
    [hashSecret(secret), username],
  );
  return {
    secret,
    principal: { username, role: user.role, via: 'session' },
    maxAgeSeconds: SESSION_HOURS * 3600,
  };
}

export async function signOut(database: Database, secret: string): Promise<void> {
  await database.run('DELETE FROM web_sessions WHERE token_hash = ?', [hashSecret(secret)]);
}

export async function principalFromSession(
  database: Database,
  secret: string,
): Promise<Principal | undefined> {
  const rows = await database.query<{ username: string; role: Role }>(
    `SELECT u.username, u.role FROM web_sessions s JOIN users u USING (username)
     WHERE s.token_hash = ? AND s.expires_at > current_timestamp`,
    [hashSecret(secret)],
  );
  const row = rows[0];
  return row ? { username: row.username, role: row.role, via: 'session' } : undefined;
}

/** Creates an API token; the secret is shown once and stored only as a hash. */
export async function createToken(
  database: Database,
  options: { name: string; role: Role; createdBy: string },
): Promise<{ id: string; secret: string }> {
  const id = randomUUID();
  const secret = newSecret('zzt');
  await database.run('INSERT INTO api_tokens VALUES (?, ?, ?, ?, ?, current_timestamp, NULL)', [
    id,
    options.name,
    hashSecret(secret),
    options.role,
    options.createdBy,
  ]);
  return { id, secret };
}

export async function listTokens(database: Database): Promise<TokenSummary[]> {
  return database.query<TokenSummary>(
    `SELECT id, name, role, created_by AS createdBy, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS createdAt,
       strftime(revoked_at, '%Y-%m-%dT%H:%M:%SZ') AS revokedAt FROM api_tokens ORDER BY created_at`,
  );
}

export async function revokeToken(database: Database, id: string): Promise<void> {
  const rows = await database.query('SELECT 1 FROM api_tokens WHERE id = ? AND revoked_at IS NULL', [id]);
  if (rows.length === 0) throw new AppError('NOT_FOUND', `no active token with id ${id}`);
  await database.run('UPDATE api_tokens SET revoked_at = current_timestamp WHERE id = ?', [id]);
}

export async function principalFromToken(database: Database, secret: string): Promise<Principal | undefined> {
  const rows = await database.query<{ name: string; role: Role }>(
    'SELECT name, role FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL',
    [hashSecret(secret)],
  );
  const row = rows[0];
  return row ? { username: `token:${row.name}`, role: row.role, via: 'token' } : undefined;
}
