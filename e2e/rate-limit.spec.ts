import { DEMO, expect, signInApi, test } from './fixtures';

// Every test here uses its own invented client addresses (X-Forwarded-For, believed because the
// e2e server trusts the loopback proxy: playwright.config.ts) and accounts, so that the limits it
// trips do not lock out the other tests signing in from this machine.
const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

test('the 6th failed sign-in for one account from one address within a minute gets 429', async ({ request }) => {
  const email = `ghost-${Date.now()}@example.org`;
  const from = { 'X-Forwarded-For': `192.0.2.${Math.floor(Math.random() * 250) + 1}` };
  for (let i = 0; i < 5; i++) {
    const res = await request.post('/api/session', { data: { email, password: `guess-${i}` }, headers: from });
    expect(res.status()).toBe(401);
  }
  const sixth = await request.post('/api/session', { data: { email, password: 'guess-6' }, headers: from });
  expect(sixth.status()).toBe(429);
  expect((await sixth.json()).error.message).toMatch(/Too many failed sign-ins/);
});

test('the 6th failed sign-in from one address gets 429, without locking out anyone else', async ({ request, playwright, baseURL }) => {
  const attacker = { 'X-Forwarded-For': '203.0.113.77' };
  for (let i = 0; i < 5; i++) {
    const res = await request.post('/api/session', { data: { email: `victim-${i}-${Date.now()}@example.org`, password: 'x' }, headers: attacker });
    expect(res.status()).toBe(401);
  }
  const sixth = await request.post('/api/session', { data: { email: DEMO.editor.email, password: DEMO.editor.password }, headers: attacker });
  expect(sixth.status()).toBe(429);

  // The editor, signing in from elsewhere, is not affected.
  const editor = await playwright.request.newContext({ baseURL });
  expect((await signInApi(editor, 'editor', { 'X-Forwarded-For': address() })).status()).toBe(200);
});

// Issue 14, finding 7: five bad tries used to lock a known account for everyone, its owner too.
test('bad guesses at an account from one address do not lock its owner out from another', async ({ request, playwright, baseURL }) => {
  const attacker = { 'X-Forwarded-For': '203.0.113.88' };
  for (let i = 0; i < 6; i++) await request.post('/api/session', { data: { email: DEMO.admin.email, password: `guess-${i}` }, headers: attacker });
  const owner = await playwright.request.newContext({ baseURL });
  expect((await signInApi(owner, 'admin', { 'X-Forwarded-For': address() })).status()).toBe(200);
});
