import type { Me } from '@usta/contracts/auth';
import { permissionsOf, visibleAreas } from '@usta/core/access';
import type { Executor } from '../../db/database.ts';
import { findOrganization } from '../organizations/organization-repository.ts';

export interface MeSource {
  userId: string;
  organizationId: string;
  /** Known already on authenticated requests; looked up when absent. */
  organizationName?: string;
  email: string;
  name: string;
  roles: string[];
  locale: string;
}

export async function describeMe(db: Executor, user: MeSource): Promise<Me> {
  const organizationName =
    user.organizationName ?? (await findOrganization(db, user.organizationId))?.name ?? '';
  const permissions = permissionsOf(user.roles);
  return {
    id: user.userId,
    email: user.email,
    name: user.name,
    roles: user.roles as Me['roles'],
    permissions,
    areas: visibleAreas(permissions),
    locale: user.locale === 'en' ? 'en' : 'tr',
    organization: { id: user.organizationId, name: organizationName },
  };
}
