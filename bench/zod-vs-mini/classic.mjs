// The representative schemas written with zod (classic API); mini.mjs has the same ones with zod/mini.
import { z } from 'zod';
const Timestamp = z.iso.datetime({ offset: true });
export const ListMeta = z.object({
  page: z.number().int().min(1),
  limit: z.number().int().min(1),
  total: z.number().int().min(0),
});
export const AdminUser = z.object({
  id: z.string(),
  email: z.email(),
  name: z.string(),
  role: z.enum(['admin', 'user']),
  status: z.enum(['active', 'inactive', 'suspended']),
  organization_id: z.string().nullable(),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export const Organization = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  plan: z.enum(['free', 'pro', 'enterprise']),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export const AdminUserListResponse = z.object({ success: z.literal(true), data: z.array(AdminUser), meta: ListMeta });
export const Query = z.object({
  page: z.coerce.number().int().min(1).optional(),
  search: z.string().max(200).optional(),
});
