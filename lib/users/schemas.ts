import { z } from 'zod';
import { ROLES } from '@/lib/vocabulary';

export const MIN_PASSWORD_LENGTH = 12;

export const NewUserSchema = z.strictObject({
  email: z.email('Enter a valid email address').max(320).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, 'Enter a name').max(120),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(1000),
});
export type NewUserInput = z.output<typeof NewUserSchema>;

export const RoleSchema = z.enum(ROLES);
export const TokenLabelSchema = z.string().trim().max(100).default('');
