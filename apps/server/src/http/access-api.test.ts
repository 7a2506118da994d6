import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, createToken } from '../auth/users.ts';
import { createTestApp, multipartFile, type TestApp } from './test-server.ts';

describe('access beyond loopback', () => {
  let test: TestApp;
  beforeEach(async () => {
    test = await createTestApp({ authRequired: true });
    await addUser(test.context.database, 'chen', 'correct horse', 'planner');
    await addUser(test.context.database, 'li', 'battery staple', 'viewer');
  });
  afterEach(async () => {
    await test.close();
  });

  it('lets health through and refuses data without sign-in', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const overview = await test.app.inject({ method: 'GET', url: '/api/overview' });
    expect(overview.statusCode).toBe(401);
    expect(overview.json().code).toBe('UNAUTHENTICATED');
    const session = (await test.app.inject({ method: 'GET', url: '/api/session' })).json();
    expect(session).toEqual({ user: null, authRequired: true });
  });

  it('signs in with an HttpOnly SameSite cookie and signs out', async () => {
    const wrong = await test.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'chen', password: 'wrong password' },
    });
    expect(wrong.statusCode).toBe(401);
    const login = await test.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'chen', password: 'correct horse' },
    });
    expect(login.statusCode).toBe(200);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0] ?? '';
    const overview = await test.app.inject({ method: 'GET', url: '/api/overview', headers: { cookie } });
    expect(overview.statusCode).toBe(200);
    await test.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } });
    expect(
      (await test.app.inject({ method: 'GET', url: '/api/overview', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('checks the role on writes, for cookies and tokens alike', async () => {
    const viewerToken = await createToken(test.context.database, {
      name: 'wall screen',
      role: 'viewer',
      createdBy: 'test',
    });
    const plannerToken = await createToken(test.context.database, {
      name: 'erp sync',
      role: 'planner',
      createdBy: 'test',
    });
    const { body, contentType } = multipartFile('s.csv', 'sku,date,quantity\nX,2024-05-01,2\n');
    const send = (secret: string) =>
      test.app.inject({
        method: 'POST',
        url: '/api/imports?kind=sales',
        headers: { 'content-type': contentType, authorization: `Bearer ${secret}` },
        body,
      });
    const denied = await send(viewerToken.secret);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('FORBIDDEN');
    expect((await send(plannerToken.secret)).statusCode).toBe(200);
    expect((await send('zzt_not-a-token')).statusCode).toBe(401);
  });

  it('stores password and token hashes, never the secrets', async () => {
    const token = await createToken(test.context.database, { name: 'x', role: 'viewer', createdBy: 'test' });
    const users = await test.context.database.query<{ password_hash: string }>(
      'SELECT password_hash FROM users',
    );
    for (const user of users) expect(user.password_hash).toMatch(/^scrypt\$/);
    const tokens = await test.context.database.query<{ token_hash: string }>(
      'SELECT token_hash FROM api_tokens',
    );
    expect(tokens.map((row) => row.token_hash)).not.toContain(token.secret);
  });
});
