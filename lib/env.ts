// Every setting the app reads from the environment, validated once. Nothing else reads process.env.
import { z } from 'zod';

export const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1).default('./data/claimdesk.db'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * Address `npm start` listens on. Unset: every interface, IPv4 and IPv6 (as 0.0.0.0 and ::, for
   * containers); 127.0.0.1 keeps the app to this machine, e.g. behind a reverse proxy on the same host.
   */
  HOST: z.string().trim().min(1).optional(),
  /**
   * Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, comma-separated). Empty by
   * default: the client address used for sign-in limits is then the TCP peer, whatever headers say.
   */
  TRUSTED_PROXIES: z.string().default(''),
  /** For the load test and reliability suite: the server answers GET /__event-loop with its event-loop delay. */
  EVENT_LOOP_STATS: z.enum(['true', 'false']).default('false'),
  /** Absolute address of the public site, for links in exports and structured data. Defaults to http://localhost:PORT. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Who publishes the fact-checks, named as the author of ClaimReview data. */
  FACTCHECK_ORG: z.string().min(1).default('claimdesk'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Marks the session cookie Secure; defaults to on in production. Browsers accept Secure cookies on http://localhost. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  /**
   * Where to send `PURGE` requests (naming surrogate keys) when a public page changes (the shared cache's purge endpoint, e.g.
   * Varnish with deploy/varnish.vcl). Unset: no shared cache to tell.
   */
  CACHE_PURGE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * For tests only: comma-separated host names or IP addresses that importing by URL may fetch
   * although they are loopback or private addresses. Matched against the URL's host, on every redirect.
   */
  FETCH_ALLOW_HOSTS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((host) => host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1'))
        .filter(Boolean),
    ),
});

export type Env = z.infer<typeof EnvSchema>;

/** PUBLIC_URL without a trailing slash. */
export function publicUrl(): string {
  const { PUBLIC_URL, PORT } = env();
  return (PUBLIC_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, '');
}

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
    }
    cached = parsed.data;
  }
  return cached;
}
