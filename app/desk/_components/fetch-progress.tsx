'use client';

import { useEffect, useState } from 'react';

/** Seconds since `since` (a performance.now() time), ticking while the fetch runs; nothing when idle. */
export function FetchProgress({ since, label }: { since: number | null; label: string }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(performance.now()), 200);
    return () => clearInterval(timer);
  }, [since]);
  if (since === null) return null;
  const seconds = Math.max(0, (now - since) / 1000);
  return (
    <p role="status" aria-live="polite" className="muted">
      {label} {seconds.toFixed(1)} s
    </p>
  );
}

/** "Fetched in 1.2 s (45 KB)" */
export function describeFetch(fetched: { elapsedMs: number; bytes: number }): string {
  const size = fetched.bytes >= 1_000_000 ? `${(fetched.bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(fetched.bytes / 1000))} KB`;
  return `in ${(fetched.elapsedMs / 1000).toFixed(1)} s (${size})`;
}
