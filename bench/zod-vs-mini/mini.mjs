// The representative schemas of classic.mjs, written with zod/mini.
import { z } from 'zod/mini';
const Timestamp = z.iso.datetime({ offset: true });
export const ListMeta = z.object({
  page: z.int().check(z.minimum(1)),
  limit: z.int().check(z.minimum(1)),
  total: z.int().check(z.minimum(0)),
});
export const AdminUser = z.object({
  id: z.string(),
  email: z.email(),
  name: z.string(),
  role: z.enum(['admin', 'user']),
  status: z.enum(['active', 'inactive', 'suspended']),
  organization_id: z.nullable(z.string()),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export const Organization = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  plan: z.enum(['free', 'pro', 'enterprise']),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export const AdminUserListResponse = z.object({ success: z.literal(true), data: z.array(AdminUser), meta: ListMeta });
export const Query = z.object({
  page: z.optional(z.coerce.number().check(z.int(), z.minimum(1))),
  search: z.optional(z.string().check(z.maxLength(200))),
});
