import { describe, expectTypeOf, it } from 'vitest';
import type { AdminApiErrorCode } from '../../src/api/admin-api-error.js';
import { type AdminApiError, isAdminApiError } from '../../src/api/admin-api-error.js';
import {
  type AdminClient,
  type AdminDataApi,
  type AdminUsersApi,
  createAdminClient,
} from '../../src/api/create-admin-client.js';
import type { AdminUserListResponse } from '../../src/contract/admin.js';
import type { ContactListResponse } from '../../src/contract/contacts.js';
import type { DashboardStatsResponse, DataUsersResponse } from '../../src/contract/data.js';
import type { PlatformUsersResponse } from '../../src/contract/platform.js';
import type { SelectedOrgResponse } from '../../src/contract/state.js';

describe('isAdminApiError narrows the code it was asked about', () => {
  it('narrows to the one code given', () => {
    const error: unknown = new Error('x');
    if (isAdminApiError(error, 'NOT_FOUND')) {
      expectTypeOf(error.code).toEqualTypeOf<'NOT_FOUND'>();
      expectTypeOf(error).toExtend<AdminApiError>();
    }
  });

  it('narrows to the union of the codes given', () => {
    const error: unknown = new Error('x');
    if (isAdminApiError(error, 'FORBIDDEN', 'UNAUTHORIZED')) {
      expectTypeOf(error.code).toEqualTypeOf<'FORBIDDEN' | 'UNAUTHORIZED'>();
    }
  });

  it('keeps every code without codes', () => {
    const error: unknown = new Error('x');
    if (isAdminApiError(error)) expectTypeOf(error.code).toEqualTypeOf<AdminApiErrorCode>();
  });

  it('refuses a code that does not exist', () => {
    // @ts-expect-error not an AdminApiError code
    isAdminApiError(new Error('x'), 'NOT_A_CODE');
  });
});

describe('the client has named types', () => {
  it('createAdminClient returns AdminClient, whose groups are named interfaces', () => {
    const client = createAdminClient({ baseUrl: 'http://localhost' });
    expectTypeOf(client).toEqualTypeOf<AdminClient>();
    expectTypeOf(client.data).toEqualTypeOf<AdminDataApi>();
    expectTypeOf(client.users).toEqualTypeOf<AdminUsersApi>();
    expectTypeOf(client.data.dashboardStats).returns.resolves.toHaveProperty('data');
  });

  it('resolves each call with the named interface of its answer, so a hover or an error prints the name', () => {
    const client = createAdminClient({ baseUrl: 'http://localhost' });
    expectTypeOf(client.data.dashboardStats).returns.resolves.toEqualTypeOf<DashboardStatsResponse>();
    expectTypeOf(client.data.users.list).returns.resolves.toEqualTypeOf<DataUsersResponse>();
    expectTypeOf(client.state.selectedOrg.get).returns.resolves.toEqualTypeOf<SelectedOrgResponse>();
    expectTypeOf(client.users.list).returns.resolves.toEqualTypeOf<AdminUserListResponse>();
    expectTypeOf(client.contacts.list).returns.resolves.toEqualTypeOf<ContactListResponse>();
    expectTypeOf(client.platform.users.list).returns.resolves.toEqualTypeOf<PlatformUsersResponse>();
    expectTypeOf<DataUsersResponse['pagination']['total']>().toEqualTypeOf<number>();
  });
});
