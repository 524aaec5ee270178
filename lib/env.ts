// Every setting the app reads from the environment, validated once. Nothing else reads process.env.
import { z } from 'zod';

const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1).default('./data/claimdesk.db'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Marks the session cookie Secure; defaults to on in production. Browsers accept Secure cookies on http://localhost. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

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
