import type { Metadata } from 'next';
import Link from 'next/link';
import { CLAIM_STATUSES } from '@/lib/vocabulary';
import { requirePageActor } from '@/lib/auth/current-actor.server';
import { SOURCE_TYPE_LABELS, STATUS_LABELS } from '@/lib/claims/labels';
import { loadByIdOr404 } from '@/lib/http/page.server';
import { SOURCING_CATEGORIES, type Weakness } from '@/lib/reports/compute-sourcing-report';
import { getSourcingReport } from '@/lib/reports/get-sourcing-report.server';
import { BarChart } from '../../../_components/bar-chart';
import { TableHead } from '@/app/_components/table-head';

export const metadata: Metadata = { title: 'Sourcing report' };

const pct = (share: number) => `${Math.round(share * 100)}%`;

const WEAKNESS_LABELS: Record<Weakness, string> = {
  'anonymous-only': 'anonymous sources only',
  unattributed: 'no source',
  vague: 'vague attribution',
};

const EXPORTS = [
  { format: 'csv', label: 'CSV (claims and sources)' },
  { format: 'json', label: 'JSON (everything)' },
  { format: 'claimreview', label: 'ClaimReview JSON-LD' },
  { format: 'annotations', label: 'Web Annotations JSON-LD' },
] as const;

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor('editor', `/desk/articles/${id}/report`);
  const report = loadByIdOr404(id, (articleId) => getSourcingReport(actor, articleId));
  const total = report.totalClaims;
  const workspace = `/desk/articles/${report.article.id}`;

  return (
    <section className="report">
      <h1>Sourcing report</h1>
      <p>
        <Link href={workspace}>{report.article.title}</Link>
        {report.article.outlet && <span className="muted"> · {report.article.outlet}</span>}
        <span className="muted"> · {report.article.published ? 'published' : 'not published'}</span>
      </p>

      <nav aria-label="Exports" className="row screen-only">
        <strong>Download:</strong>
        {EXPORTS.map((e) => (
          <a key={e.format} href={`/api/articles/${report.article.id}/export?format=${e.format}`} download>
            {e.label}
          </a>
        ))}
      </nav>

      <h2>Sourcing profile</h2>
      <dl className="summary">
        <div>
          <dt>Claims</dt>
          <dd>{total}</dd>
        </div>
        <div>
          <dt>Resting only on anonymous sources</dt>
          <dd>
            {report.anonymousOnly} ({pct(report.shares.anonymousOnly)})
          </dd>
        </div>
        <div>
          <dt>Unattributed</dt>
          <dd>
            {report.unattributed} ({pct(report.shares.unattributed)})
          </dd>
        </div>
        <div>
          <dt>Single-sourced</dt>
          <dd>
            {report.singleSourced} ({pct(report.shares.singleSourced)})
          </dd>
        </div>
        <div>
          <dt>Check-worthy</dt>
          <dd>
            {report.checkworthy} ({pct(report.shares.checkworthy)})
          </dd>
        </div>
        <div>
          <dt>Vague attribution</dt>
          <dd>{report.vagueAttribution}</dd>
        </div>
        <div>
          <dt>Duplicates</dt>
          <dd>{report.duplicates}</dd>
        </div>
        <div>
          <dt>Reviewed</dt>
          <dd>
            {report.reviewed} of {total} ({pct(report.shares.reviewed)})
          </dd>
        </div>
      </dl>

      <div className="charts">
        <BarChart
          title="Claims by source type"
          total={total}
          bars={SOURCING_CATEGORIES.map((c) => ({ label: SOURCE_TYPE_LABELS[c], value: report.bySourceType[c] }))}
        />
        <BarChart
          title="Claims by review status"
          total={total}
          bars={CLAIM_STATUSES.map((s) => ({ label: `${STATUS_LABELS[s].symbol} ${STATUS_LABELS[s].label}`, value: report.byStatus[s] }))}
        />
        <BarChart
          title="Check-worthy claims"
          total={total}
          bars={[
            { label: 'Check-worthy', value: report.checkworthy },
            { label: 'Not check-worthy', value: report.notCheckworthy },
          ]}
        />
      </div>

      <section aria-labelledby="worst-heading" className="worst">
        <h2 id="worst-heading">Weakest claims first</h2>
        {report.worstClaims.length === 0 ? (
          <p>No claim rests only on anonymous sources, lacks a source or has vague attribution.</p>
        ) : (
          <>
            <p className="muted small">
              {report.weak} claim{report.weak === 1 ? '' : 's'} with weak sourcing; open, check-worthy claims resting on no one come first
              {report.weak > report.worstClaims.length ? ` (first ${report.worstClaims.length} shown)` : ''}.
            </p>
            <ol className="worst-list">
              {report.worstClaims.map((c) => (
                <li key={c.id}>
                  <Link href={`${workspace}?claim=${c.id}`}>
                    Claim {c.position}: {c.text.length > 160 ? `${c.text.slice(0, 157)}…` : c.text}
                  </Link>
                  <span className="muted small">
                    {' '}
                    — {c.weaknesses.map((w) => WEAKNESS_LABELS[w]).join(', ')}; {c.checkworthy ? 'check-worthy' : 'not check-worthy'};{' '}
                    {STATUS_LABELS[c.status].symbol} {STATUS_LABELS[c.status].label}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <div className="screen-only">
        <h2>Claims by source type</h2>
        <table className="table">
          <caption className="muted small">A claim attributed to sources of two types counts under both.</caption>
          <TableHead columns={['Source type', 'Claims', 'Share']} />
          <tbody>
            {SOURCING_CATEGORIES.map((type) => (
              <tr key={type}>
                <th scope="row">{SOURCE_TYPE_LABELS[type]}</th>
                <td>{report.bySourceType[type]}</td>
                <td>{total ? pct(report.shares.bySourceType[type]) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2>Claims by status</h2>
        <table className="table">
          <TableHead columns={['Status', 'Claims', 'Share']} />
          <tbody>
            {CLAIM_STATUSES.map((s) => (
              <tr key={s}>
                <th scope="row">
                  {STATUS_LABELS[s].symbol} {STATUS_LABELS[s].label}
                </th>
                <td>{report.byStatus[s]}</td>
                <td>{total ? pct(report.shares.byStatus[s]) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
