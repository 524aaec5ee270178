import { z } from 'zod';
import { SOURCE_TYPES } from '@/lib/vocabulary';
import { IdSchema } from '@/lib/articles/schemas';
import { PageSchema } from '@/lib/http/page-number';
import { policyText } from '@/lib/text-policy';

export const SourceTypeSchema = z.enum(SOURCE_TYPES);

/** Registry list filters, from a query string: unknown or empty values fall back to "all". */
export const RegistryQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined).transform((v) => v || undefined),
  type: SourceTypeSchema.optional().catch(undefined),
  page: PageSchema,
});
export type RegistryQuery = z.output<typeof RegistryQuerySchema>;

/** An editor's correction of a registry entry's name and/or type. */
export const RegistryEditSchema = z
  .strictObject({
    name: policyText('Name').min(1, 'Name is required').max(200).optional(),
    type: SourceTypeSchema.optional(),
  })
  .refine((v) => v.name !== undefined || v.type !== undefined, { message: 'Nothing to change: give a name or a type', path: ['name'] });
export type RegistryEdit = z.output<typeof RegistryEditSchema>;

/** Merges entry `duplicateId` into the entry named in the path. */
export const RegistryMergeSchema = z.strictObject({ duplicateId: IdSchema });
export type RegistryMerge = z.output<typeof RegistryMergeSchema>;
