/**
 * Users of a unit as a synced record (entity 'user'): who exists, with which role, whether they
 * administer, whether they are active. Role changes made by a unit's administrator on one
 * workstation reach the unit's other workstations and the provincial server (which checks
 * approval answers against them). Passwords never travel: a credential is a matter between a
 * person and one workstation (DESIGN.md §5), so a user synced to another workstation signs in
 * there only after its administrator sets an initial password.
 */
import { z } from 'zod';
import { Role, codeValues } from '../domain/codes';
import { isStorableText } from './storableJson';

export const userDataSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .refine(isStorableText, { error: 'text with NUL or a lone surrogate' }),
  role: z.enum(codeValues(Role)),
  isAdmin: z.boolean(),
  active: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type UserData = z.infer<typeof userDataSchema>;
