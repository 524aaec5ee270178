import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';

/**
 * For pages: the numeric id in a URL segment, loaded with `load`; an id that is not a positive
 * integer, or that the data-access layer does not find, shows the 404 page.
 */
export function loadByIdOr404<T>(raw: string, load: (id: number) => T): T {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== raw) notFound();
  try {
    return load(id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}
