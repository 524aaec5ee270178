import { execFileSync } from 'node:child_process';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO = {
  admin: { email: 'admin@example.org', password: 'claimdesk-admin' },
  editor: { email: 'editor@example.org', password: 'claimdesk-editor' },
  factchecker: { email: 'checker@example.org', password: 'claimdesk-checker' },
} as const;

export type DemoRole = keyof typeof DEMO;

export async function signIn(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(DEMO[role].email);
  await page.getByLabel('Password').fill(DEMO[role].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Password hashing is deliberately slow, and slower still on a busy machine.
  await expect(page).toHaveURL(/\/desk$/, { timeout: 20_000 });
}

/** An invented article with varied sourcing; the title is made unique per test so tests never share state. */
export function sampleArticle(label: string) {
  const title = `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const text = [
    'Ferry Service Cut',
    '',
    'The Lakeside Ferry Company will cut its winter timetable to four crossings a day from December.',
    '',
    '"We carried 30 percent fewer passengers last winter," said operations director Paul Menon.',
    '',
    'Two council officials told the Lakeside Courier that the town had refused a request for a subsidy.',
    '',
    'According to the company’s annual report, the ferry lost $1.2 million in 2025.',
    '',
    'The crossing takes about forty minutes.',
  ].join('\n');
  return { title, text };
}

/** Imports an article through the form as the signed-in user and returns the workspace URL. */
export async function importByPaste(page: Page, article: { title: string; text: string }): Promise<string> {
  await page.goto('/desk/import');
  await page.getByLabel('Title').fill(article.title);
  await page.getByLabel('Outlet').fill('Lakeside Courier');
  await page.getByLabel('Article text').fill(article.text);
  await page.getByRole('button', { name: 'Import and extract claims' }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/\d+/, { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  return page.url();
}

/**
 * Every spec imports `test` from here: it fails any test in which the page logs a console error or
 * throws (a page error), so that a broken page cannot pass by accident. A spec that provokes an
 * expected error (a 404 page, a refused request) lists what it expects with `allowConsoleErrors`.
 */
export const test = base.extend<{ allowConsoleErrors: RegExp[]; consoleErrors: void }>({
  allowConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowConsoleErrors }, use, testInfo) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = `${message.text()}${message.location().url ? ` (${message.location().url})` : ''}`;
        if (!allowConsoleErrors.some((allowed) => allowed.test(text))) errors.push(`console error: ${text}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use();
      if (errors.length > 0 && testInfo.status === testInfo.expectedStatus) {
        throw new Error(`The page reported errors:\n${errors.join('\n')}`);
      }
    },
    { auto: true },
  ],
});
export { expect };

/** A new API token for a demo user, made with the CLI a newsroom admin would use, against the e2e database. */
export function createToken(role: DemoRole): string {
  return execFileSync('npm', ['run', '--silent', 'create-token', '--', DEMO[role].email], {
    env: { ...process.env, DATABASE_URL: '.e2e/claimdesk.db' },
    encoding: 'utf8',
  }).trim();
}

/** Signs the API request context in through the JSON session endpoint; its cookie jar keeps the session. */
export async function signInApi(request: APIRequestContext, role: DemoRole, headers: Record<string, string> = {}) {
  return request.post('/api/session', { data: { email: DEMO[role].email, password: DEMO[role].password }, headers });
}
