/** Sign-in state, roles and API tokens. */
import { z } from 'zod';

export const roleSchema = z.enum(['admin', 'planner', 'engineer', 'viewer']);
export type Role = z.infer<typeof roleSchema>;

export const sessionSchema = z.object({
  user: z.object({ username: z.string(), role: roleSchema }).nullable(),
  /** True when the server listens beyond loopback and requests need a signed-in user or a token. */
  authRequired: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const loginSchema = z.object({ username: z.string().min(1), password: z.string().min(1) });
export type Login = z.infer<typeof loginSchema>;
