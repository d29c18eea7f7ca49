import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod/mini';
import { contract } from '../../src/contract/all-endpoints.js';
import type {
  DataUsersQuery,
  OrgNode,
  PlatformUserSummary,
  SelectedOrg,
  UpdateContactBody,
} from '../../src/contract/index.js';
import { toSearchParams } from '../../src/contract/query.js';

describe('the schema is the type', () => {
  it('keeps each document’s own field names and nullability', () => {
    expectTypeOf<OrgNode>().toEqualTypeOf<{
      org_id: string;
      name: string;
      parent_org_id: string | null;
      level: number;
    }>();
    expectTypeOf<SelectedOrg['selected_org_node_id']>().toEqualTypeOf<string | null>();
    expectTypeOf<PlatformUserSummary>().toHaveProperty('lastLoginAt');
    expectTypeOf<UpdateContactBody>().toEqualTypeOf<{
      full_name?: string;
      email?: string;
      role?: 'peer_mentor' | 'coordinator' | 'admin';
      org_id?: string;
      is_active?: boolean;
    }>();
  });

  it('rejects a misspelled or mistyped field', () => {
    // @ts-expect-error document 000 spells it parent_org_id
    const node: OrgNode = { org_id: 'a', name: 'b', parentOrgId: null, level: 0 };
    // @ts-expect-error level is a number
    const other: OrgNode = { org_id: 'a', name: 'b', parent_org_id: null, level: '0' };
    void node;
    void other;
  });

  it('endpoint definitions keep their exact schemas', () => {
    expectTypeOf<z.output<typeof contract.data.orgNodes.response>['data']>().toEqualTypeOf<OrgNode[]>();
    expectTypeOf(contract.data.usersList.query).toEqualTypeOf<typeof DataUsersQuery>();
    expectTypeOf(contract.platform.stats.body).toBeUndefined();
    expectTypeOf<z.input<typeof DataUsersQuery>['page']>().toEqualTypeOf<number | undefined>();
  });

  it('toSearchParams takes wire names with typed values', () => {
    toSearchParams({ org_ids: ['a'], page: 1 });
    // @ts-expect-error nested objects have no wire format
    toSearchParams({ filters: { role: 'mentor' } });
  });
});
