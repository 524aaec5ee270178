import type { Metadata } from 'next';
import Link from 'next/link';
import { CLAIM_STATUSES } from '@/db/schema';
import { requirePageActor } from '@/lib/auth/current-actor';
import { SOURCE_TYPE_LABELS, STATUS_LABELS } from '@/lib/claims/labels';
import { loadByIdOr404 } from '@/lib/http/page';
import { getSourcingReport } from '@/lib/reports/get-sourcing-report';

export const metadata: Metadata = { title: 'Sourcing report' };

const pct = (share: number) => `${Math.round(share * 100)}%`;

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor('editor', `/desk/articles/${id}/report`);
  const report = loadByIdOr404(id, (articleId) => getSourcingReport(actor, articleId));
  const total = report.totalClaims;
  const categories = Object.entries(report.bySourceType) as [keyof typeof SOURCE_TYPE_LABELS, number][];

  return (
    <section className="report">
      <h1>Sourcing report</h1>
      <p>
        <Link href={`/desk/articles/${report.article.id}`}>{report.article.title}</Link>
        {report.article.outlet && <span className="muted"> · {report.article.outlet}</span>}
      </p>
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
          <dd>{report.singleSourced}</dd>
        </div>
        <div>
          <dt>Check-worthy</dt>
          <dd>{report.checkworthy}</dd>
        </div>
        <div>
          <dt>Vague attribution</dt>
          <dd>{report.vagueAttribution}</dd>
        </div>
        <div>
          <dt>Reviewed</dt>
          <dd>
            {report.reviewed} of {total} ({pct(report.shares.reviewed)})
          </dd>
        </div>
      </dl>

      <h2>Claims by source type</h2>
      <table className="table">
        <caption className="muted small">A claim attributed to sources of two types counts under both.</caption>
        <thead>
          <tr>
            <th scope="col">Source type</th>
            <th scope="col">Claims</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {categories.map(([type, n]) => (
            <tr key={type}>
              <th scope="row">{SOURCE_TYPE_LABELS[type]}</th>
              <td>{n}</td>
              <td>{total ? pct(n / total) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Claims by status</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Claims</th>
          </tr>
        </thead>
        <tbody>
          {CLAIM_STATUSES.map((s) => (
            <tr key={s}>
              <th scope="row">
                {STATUS_LABELS[s].symbol} {STATUS_LABELS[s].label}
              </th>
              <td>{report.byStatus[s]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
