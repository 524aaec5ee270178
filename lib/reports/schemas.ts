import { z } from 'zod';
import { PageSchema } from '@/lib/http/page-number';

const optionalText = z.string().trim().max(200).optional().catch(undefined).transform((v) => v || undefined);
const optionalDate = z.iso.date().optional().catch(undefined);

/**
 * Dashboard filters from a query string. Unknown or malformed values fall back to "all" rather than
 * failing: a filter form should never lead to an error page. `status` is the article's publication state.
 */
export const DashboardFilterSchema = z.object({
  outlet: optionalText,
  author: optionalText,
  from: optionalDate,
  to: optionalDate,
  status: z.enum(['published', 'draft']).optional().catch(undefined),
  outletPage: PageSchema,
  authorPage: PageSchema,
});

export type DashboardFilter = z.output<typeof DashboardFilterSchema>;

/** The filters as query-string pairs, without the page numbers (for links and the CSV export). */
export function filterParams(f: DashboardFilter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['outlet', 'author', 'from', 'to', 'status'] as const) if (f[key]) out[key] = f[key]!;
  return out;
}
