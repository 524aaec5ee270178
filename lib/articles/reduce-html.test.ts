import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { PAGE_TOO_COMPLEX, reduceHtml } from './reduce-html.server';

const SENTENCE = '<p>The mayor said taxes rose 5 percent.</p>';
const nested = (levels: number) => '<div>'.repeat(levels) + SENTENCE + '</div>'.repeat(levels);

// Issue 14, finding 1: deeply nested markup blocked the event loop for seconds to minutes.
describe('reduceHtml', () => {
  it('reduces 1,500 and 4,000 nested divs to their sentence', async () => {
    for (const levels of [1_500, 4_000]) {
      expect((await reduceHtml(nested(levels))).text).toBe('The mayor said taxes rose 5 percent.');
    }
  });

  it('reduces a 995 KB page of 199,000 nested divs safely', async () => {
    const page = '<div>'.repeat(199_000) + SENTENCE;
    expect(page.length).toBeLessThan(1_000_000);
    expect((await reduceHtml(page)).text).toBe('The mayor said taxes rose 5 percent.');
  });

  it('keeps the main thread free while a page is reduced', async () => {
    const page = `<article>${`<p>${'The council said the budget rose by five percent this year. '.repeat(8)}</p>`.repeat(4_000)}</article>`;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const reduced = reduceHtml(page).then(() => ticks);
    const ticksWhenDone = await reduced;
    clearInterval(timer);
    // Had the reduction run on this thread, no interval callback could have run before it finished.
    expect(ticksWhenDone).toBeGreaterThan(0);
  });

  it('refuses a page that takes longer than the time limit with a clear 422, and the next page still works', async () => {
    const page = `<article>${`<p>${'Words of a long article. '.repeat(20)}</p>`.repeat(2_000)}</article>`;
    const error = await reduceHtml(page, { timeoutMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'invalid', message: PAGE_TOO_COMPLEX });
    expect((await reduceHtml(SENTENCE)).text).toBe('The mayor said taxes rose 5 percent.');
  });
});
