import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native module: keep it out of the server bundle (Next 16 does by default; this says so).
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
