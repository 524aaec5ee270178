import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './lib/http/security-headers';

const nextConfig: NextConfig = {
  // Native module: keep it out of the server bundle (Next 16 does by default; this says so).
  // linkedom loads an optional `canvas` module at run time, which a bundler cannot resolve.
  // piscina starts lib/articles/html-reduce-worker.mjs by its path, outside the bundle.
  serverExternalPackages: ['better-sqlite3', 'linkedom', 'piscina'],
  poweredByHeader: false,
  // Headers every response carries, static files included; the CSP comes from proxy.ts (it needs a nonce).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 for pages a role may not see.
    authInterrupts: true,
    // Uploaded articles go through server actions: a 10 MB HTML page (MAX_HTML_BYTES) plus its form fields.
    serverActions: { bodySizeLimit: '11mb' },
  },
};

export default nextConfig;
