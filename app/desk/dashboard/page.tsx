import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-actor.server';
import { getDashboard, type DashboardRow } from '@/lib/reports/get-dashboard.server';
import { listFilterOptions } from '@/lib/reports/list-filter-options.server';
import { DashboardFilterSchema, filterParams, type DashboardFilter } from '@/lib/reports/schemas';
import { BarChart } from '../_components/bar-chart';
import { TableHead } from '@/app/_components/table-head';
import { Pager } from '@/app/_components/pager';

export const metadata: Metadata = { title: 'Dashboard' };

const pct = (share: number) => `${Math.round(share * 100)}%`;

function FiguresTable({ caption, keyLabel, rows, empty }: { caption: string; keyLabel: string; rows: DashboardRow[]; empty: string }) {
  return (
    <table className="table">
      <caption className="sr-only">{caption}</caption>
      <TableHead columns={[keyLabel, 'Articles', 'Claims', 'Anonymous only', 'Unattributed', 'Reviewed']} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.key ?? ''}>
            <th scope="row">{r.key ?? empty}</th>
            <td>{r.articles}</td>
            <td>{r.claims}</td>
            <td>
              {r.anonymousOnly} ({pct(r.anonymousShare)})
            </td>
            <td>
              {r.unattributed} ({pct(r.unattributedShare)})
            </td>
            <td>{r.reviewed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function GroupPager({ filter, which, page, hasMore }: { filter: DashboardFilter; which: 'outletPage' | 'authorPage'; page: number; hasMore: boolean }) {
  const link = (p: number) => `?${new URLSearchParams({ ...filterParams(filter), outletPage: String(filter.outletPage), authorPage: String(filter.authorPage), [which]: String(p) })}`;
  return <Pager label={which === 'outletPage' ? 'Outlet pages' : 'Author pages'} page={page} hasMore={hasMore} href={link} />;
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('editor', '/desk/dashboard');
  const filter = DashboardFilterSchema.parse(await searchParams);
  const d = getDashboard(actor, filter);
  const options = listFilterOptions(actor);
  const exportHref = `/api/dashboard/export?${new URLSearchParams(filterParams(filter))}`;

  return (
    <section className="report">
      <h1>Sourcing dashboard</h1>
      <form method="get" className="filters screen-only" role="search" aria-label="Filter articles">
        <label>
          Outlet
          <input name="outlet" list="outlet-options" defaultValue={filter.outlet ?? ''} />
        </label>
        <label>
          Author
          <input name="author" list="author-options" defaultValue={filter.author ?? ''} />
        </label>
        <label>
          From
          <input name="from" type="date" defaultValue={filter.from ?? ''} />
        </label>
        <label>
          To
          <input name="to" type="date" defaultValue={filter.to ?? ''} />
        </label>
        <label>
          Status
          <select name="status" defaultValue={filter.status ?? ''}>
            <option value="">All articles</option>
            <option value="published">Published</option>
            <option value="draft">Not published</option>
          </select>
        </label>
        <datalist id="outlet-options">
          {options.outlets.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
        <datalist id="author-options">
          {options.authors.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <button type="submit">Apply filters</button>
        <Link href="/desk/dashboard">Clear</Link>
      </form>
      <p className="screen-only">
        <a href={exportHref} download>
          Download CSV (one row per article)
        </a>
      </p>

      <dl className="summary">
        <div>
          <dt>Articles</dt>
          <dd>{d.totals.articles}</dd>
        </div>
        <div>
          <dt>Claims</dt>
          <dd>{d.totals.claims}</dd>
        </div>
        <div>
          <dt>Anonymous only</dt>
          <dd>
            {d.totals.anonymousOnly} ({pct(d.totals.anonymousShare)})
          </dd>
        </div>
        <div>
          <dt>Unattributed</dt>
          <dd>
            {d.totals.unattributed} ({pct(d.totals.unattributedShare)})
          </dd>
        </div>
        <div>
          <dt>Reviewed</dt>
          <dd>{d.totals.reviewed}</dd>
        </div>
      </dl>

      <h2>Per outlet</h2>
      <FiguresTable caption="Sourcing per outlet" keyLabel="Outlet" rows={d.byOutlet.rows} empty="(no outlet)" />
      <GroupPager filter={filter} which="outletPage" page={d.byOutlet.page} hasMore={d.byOutlet.hasMore} />

      <h2>Per author</h2>
      <FiguresTable caption="Sourcing per author" keyLabel="Author" rows={d.byAuthor.rows} empty="(no author)" />
      <GroupPager filter={filter} which="authorPage" page={d.byAuthor.page} hasMore={d.byAuthor.hasMore} />

      <h2>Trend per month</h2>
      {d.byMonth.length === 0 ? (
        <p>No articles match.</p>
      ) : (
        <div className="charts">
          <BarChart
            title="Share of each month’s claims resting only on anonymous sources"
            byShare
            bars={d.byMonth.map((m) => ({ label: m.key ?? '—', value: m.anonymousOnly, of: m.claims }))}
          />
          <BarChart
            title="Share of each month’s claims without a source"
            byShare
            bars={d.byMonth.map((m) => ({ label: m.key ?? '—', value: m.unattributed, of: m.claims }))}
          />
        </div>
      )}
      <FiguresTable caption="Sourcing per month" keyLabel="Month" rows={d.byMonth} empty="—" />

      <h2>Review throughput</h2>
      {d.throughput.length === 0 ? (
        <p>No review decisions on these articles yet.</p>
      ) : (
        <table className="table">
          <TableHead columns={['Reviewer', 'Decisions', 'Claims decided', 'Last decision']} />
          <tbody>
            {d.throughput.map((t) => (
              <tr key={t.userId}>
                <th scope="row">
                  {t.name} <span className="muted small">({t.role})</span>
                </th>
                <td>{t.decisions}</td>
                <td>{t.claims}</td>
                <td>{t.lastAt ? <time dateTime={t.lastAt}>{t.lastAt.slice(0, 10)}</time> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
