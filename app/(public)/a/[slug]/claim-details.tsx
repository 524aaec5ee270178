// What a reader learns about one claim. Rendered on the server in the footnotes (the no-JavaScript
// path) and in the browser inside the popover, so that both always say the same thing.
import type { ReaderClaim } from '@/lib/articles/reader-claim';
import { describeSource, STATUS_LABELS } from '@/lib/claims/labels';

const STANCE_LABELS = { supports: 'supports the claim', refutes: 'refutes the claim', context: 'context' } as const;

// Fixed locale and time zone: the server and the browser must print the same date.
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function StatusLabel({ status }: { status: ReaderClaim['status'] }) {
  const { symbol, label } = STATUS_LABELS[status];
  return (
    <span className={`status-label status-${status}`}>
      <span aria-hidden="true">{symbol}</span> {label}
    </span>
  );
}

export function ClaimDetails({ claim }: { claim: ReaderClaim }) {
  const reviewed = claim.reviewedAt && claim.status !== 'unreviewed' && claim.status !== 'in_progress';
  return (
    <div className="claim-details">
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <StatusLabel status={claim.status} />
        </dd>
        {claim.note && (
          <>
            <dt>Fact-checker’s note</dt>
            <dd>{claim.note}</dd>
          </>
        )}
        <dt>{claim.sources.length > 1 ? 'Sources' : 'Source'}</dt>
        <dd>
          {claim.sources.length === 0 ? (
            'None named: the claim is in the author’s own voice'
          ) : (
            <ul className="plain-list">
              {claim.sources.map((s, i) => (
                <li key={i}>
                  {describeSource(s)}
                  {s.cue && <span className="muted"> · “{s.cue}”</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {claim.evidence.length > 0 && (
          <>
            <dt>Evidence</dt>
            <dd>
              <ul className="plain-list">
                {claim.evidence.map((e, i) => (
                  <li key={i}>
                    <a href={e.url} rel="noopener noreferrer nofollow">
                      {e.title}
                    </a>{' '}
                    <span className="muted">({STANCE_LABELS[e.stance]})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Reviewed</dt>
        <dd>{reviewed ? <time dateTime={claim.reviewedAt!}>{DATE_FORMAT.format(new Date(claim.reviewedAt!))}</time> : 'Not yet'}</dd>
      </dl>
    </div>
  );
}
