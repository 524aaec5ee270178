import { apiRoute, parseId } from '@/lib/http/api.server';
import { getSourcingReport } from '@/lib/reports/get-sourcing-report.server';

export const GET = apiRoute<{ id: string }>(({ actor, params }) => Response.json(getSourcingReport(actor, parseId(params.id, 'Article'))));
