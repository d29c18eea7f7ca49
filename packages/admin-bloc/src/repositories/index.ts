// Explicit export list of the repositories layer, re-exported by the package's headless entry.
export {
  computeScope,
  OrgScope,
  OrgScopeRepository,
  type OrgScopeRepositoryOptions,
  type ScopeSession,
} from './org-scope-repository.js';
export { buildOrgTree, descendantIds, type OrgTreeNode } from './org-tree.js';
export {
  SessionAuth,
  SessionRepository,
  type SessionRepositoryOptions,
  SignOutReason,
} from './session-repository.js';
