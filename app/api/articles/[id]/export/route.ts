import { z } from 'zod';
import { ExportFormatSchema, getArticleExport } from '@/lib/export/get-article-export.server';
import { apiRoute, parseId, parseWith } from '@/lib/http/api.server';

const QuerySchema = z.strictObject({ format: ExportFormatSchema });

/** `?format=csv|json|claimreview|annotations`: the article as a download. */
export const GET = apiRoute<{ id: string }>(({ request, actor, params }) => {
  const id = parseId(params.id, 'Article');
  const { format } = parseWith(QuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const file = getArticleExport(actor, id, format);
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}, { role: 'factchecker' });
