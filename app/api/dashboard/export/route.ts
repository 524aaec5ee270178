import { apiRoute } from '@/lib/http/api.server';
import { exportDashboardCsv } from '@/lib/reports/export-dashboard-csv.server';
import { DashboardFilterSchema } from '@/lib/reports/schemas';

/** The dashboard's articles as CSV, with the same filters as /desk/dashboard. */
export const GET = apiRoute(
  ({ request, actor }) => {
    const filter = DashboardFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return new Response(exportDashboardCsv(actor, filter), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="claimdesk-dashboard-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  },
  { role: 'editor' },
);
