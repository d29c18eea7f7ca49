/**
 * Where the dashboard gets its data. With no `VITE_API_BASE_URL` it runs on the MSW mock backend in the
 * page (mock mode); with one, it talks to that server with `VITE_API_TOKEN` as its Bearer token.
 */
export type AppConfig =
  | {
      readonly mode: 'mock';
      readonly baseUrl: string;
      readonly superAdminIds: readonly string[];
      readonly tenant?: string;
    }
  | {
      readonly mode: 'real';
      readonly baseUrl: string;
      readonly token: string | undefined;
      readonly superAdminIds: readonly string[];
      /** Document 004's `X-Bulwark-Tenant` value, as the deployment names its tenant (`VITE_API_TENANT`). */
      readonly tenant?: string;
    };

/**
 * Reads the build-time environment into an {@link AppConfig}. `VITE_SUPER_ADMIN_IDS` (comma-separated admin ids)
 * names the super-admins, because the contract has no field that tells them apart from other admins.
 * `VITE_API_TENANT` is the tenant id document 004's endpoints send as `X-Bulwark-Tenant`; without it the app sends
 * the root org id of the admin's tree.
 *
 * @example
 * const config = readConfig(import.meta.env);
 */
export function readConfig(env: Record<string, string | boolean | undefined>): AppConfig {
  const baseUrl = typeof env.VITE_API_BASE_URL === 'string' ? env.VITE_API_BASE_URL.trim() : '';
  const superAdminIds =
    typeof env.VITE_SUPER_ADMIN_IDS === 'string'
      ? env.VITE_SUPER_ADMIN_IDS.split(',')
          .map((id) => id.trim())
          .filter((id) => id !== '')
      : [];
  const tenantText = typeof env.VITE_API_TENANT === 'string' ? env.VITE_API_TENANT.trim() : '';
  const tenant = tenantText === '' ? {} : { tenant: tenantText };
  if (baseUrl === '') return { mode: 'mock', baseUrl: '', superAdminIds, ...tenant };
  const token = typeof env.VITE_API_TOKEN === 'string' && env.VITE_API_TOKEN !== '' ? env.VITE_API_TOKEN : undefined;
  return { mode: 'real', baseUrl: baseUrl.replace(/\/+$/, ''), token, superAdminIds, ...tenant };
}
