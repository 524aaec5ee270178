import { z } from 'zod';
import { ROLES } from '@/lib/vocabulary';
import { policyText } from '@/lib/text-policy';

export const MIN_PASSWORD_LENGTH = 12;

export const NewUserSchema = z.strictObject({
  email: z.email('Enter a valid email address').max(320).transform((e) => e.toLowerCase()),
  name: policyText('Name').min(1, 'Enter a name').max(120),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(1000),
});
export type NewUserInput = z.output<typeof NewUserSchema>;

export const RoleSchema = z.enum(ROLES);
export const TokenLabelSchema = policyText('Label').max(100).default('');
