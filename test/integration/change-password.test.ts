import { describe, expect, it } from 'vitest';
import { login } from '../../src/services/accounts';
import { apiAs } from '../support/app';
import { aUser, TEST_PASSWORD } from '../support/builders';
import { testDb } from '../support/db';

/** Issue 12: a user changes their own password; the other sessions end, the current one stays. */
describe('POST /auth/password', () => {
  it('needs the current password, a new one of 10 characters, and ends the other sessions', async () => {
    const db = testDb();
    const user = await aUser(db, 'Paula Passwort');
    const other = await login(db, user.email, TEST_PASSWORD, 1);
    if (!other.ok) throw new Error(other.error.message);
    const api = await apiAs(user.token);

    const wrong = await api.post('/auth/password', {
      currentPassword: 'nope',
      newPassword: 'ein neues Passwort',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.field).toBe('currentPassword');
    const short = await api.post('/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'kurz' });
    expect(short.statusCode).toBe(400);
    expect(JSON.stringify(short.json())).toContain('newPassword');

    const changed = await api.post('/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'ein neues Passwort',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ endedSessions: 1 });
    expect((await api.get('/auth/me')).statusCode).toBe(200);
    expect((await (await apiAs(other.value.token)).get('/auth/me')).statusCode).toBe(401);
    expect((await login(db, user.email, TEST_PASSWORD, 1)).ok).toBe(false);
    expect((await login(db, user.email, 'ein neues Passwort', 1)).ok).toBe(true);
  });

  it('answers 401 without a session', async () => {
    const res = await (
      await apiAs(null)
    ).post('/auth/password', { currentPassword: 'a', newPassword: 'b'.repeat(10) });
    expect(res.statusCode).toBe(401);
  });
});
