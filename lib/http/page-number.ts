import { z } from 'zod';

/**
 * A page number from a query string. Anything that is not one (missing, 0, "abc", beyond any real
 * page) is the first page: a paging link never leads to an error.
 */
export const PageSchema = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);
