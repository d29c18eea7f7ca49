/**
 * The mock backend's own records: one table per thing that exists, in the domain's vocabulary. Each
 * contract document is a view over these (see `views.ts`), which is what keeps the documents coherent:
 * a person edited through document 000 is the same record document 003 shows as a contact.
 */

/** A person's role in the mentoring programme (document 000's `role`). */
export type PersonRole = 'mentor' | 'mentee' | 'coordinator';
/** A person's status: `suspended` is an account lock (document 004), the other two programme participation. */
export type PersonStatus = 'active' | 'inactive' | 'suspended';
/** What a person may do through the admin APIs. `admin` is limited to the subtree of the person's org. */
export type AccessRole = 'user' | 'admin' | 'super_admin';

/** An org node (document 000) and, seen through document 002, an organization. */
export interface OrgRecord {
  id: string;
  name: string;
  parentId: string | null;
  level: number;
  slug: string;
  plan: 'free' | 'pro' | 'enterprise';
  createdAt: string;
  updatedAt: string;
}

/** A person: a user in documents 000, 002 and 004; a contact in document 003 unless a mentee. */
export interface PersonRecord {
  id: string;
  fullName: string;
  email: string;
  orgId: string;
  role: PersonRole;
  status: PersonStatus;
  accessRole: AccessRole;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
  suspendedAt: string | null;
}

/** A mentor's entry in the peer-mentor directory of document 003. */
export interface PeerMentorRecord {
  id: string;
  personId: string;
  specialty: string;
  available: boolean;
  createdAt: string;
}

/** One entry of document 000's activity log. */
export interface ActivityRecord {
  id: string;
  orgId: string;
  userId: string;
  type: string;
  description: string;
  occurredAt: string;
}

/** An expense claim; only its count reaches the contract (pending reimbursements). */
export interface ReimbursementRecord {
  id: string;
  orgId: string;
  userId: string;
  amountNok: number;
  status: 'pending' | 'approved' | 'paid' | 'rejected';
  submittedAt: string;
}

/** An agent a user owns (document 004). */
export interface AgentRecord {
  id: string;
  userId: string;
  status: 'active' | 'revoked';
  createdAt: string;
}

/** An agent session (document 004). */
export interface SessionRecord {
  id: string;
  agentId: string;
  userId: string;
  status: 'active' | 'completed' | 'expired';
  createdAt: string;
  endedAt: string | null;
}

/** The four dashboard figures, for one org scope. */
export interface ScopeStats {
  totalUsers: number;
  activeMentors: number;
  monthlyActivities: number;
  pendingReimbursements: number;
}

/** One admin's server-side UI state (document 001). */
export interface AdminStateRecord {
  adminId: string;
  selectedOrgId: string | null;
  selectedAt: string | null;
  /** Remembered user-list filters per org (document 001 keys them by `org_id`). */
  filters: Record<string, { role?: 'mentor' | 'mentee' | 'coordinator'; status?: 'active' | 'inactive' }>;
  /** The dashboard snapshot: figures as of the last refresh, for the scope selected then. */
  dashboard: { scopeOrgId: string; stats: ScopeStats; refreshedAt: string };
}

/** One audited admin action (document 002, "Audit Logging"). */
export interface AuditRecord {
  id: string;
  actorId: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  resourceType: string;
  resourceId: string;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  createdAt: string;
}
