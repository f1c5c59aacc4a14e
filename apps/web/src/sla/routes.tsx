import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { RequirePermission } from '../shell/RequireAccess.tsx';
import { CapaListPage } from './capa/CapaListPage.tsx';
import { SlaPoliciesPage } from './policies/SlaPoliciesPage.tsx';
import { SlaPolicyEditPage } from './policies/SlaPolicyEditPage.tsx';

/** Ayarlar → SLA politikaları (list, new, one policy) and Düzeltici faaliyetler (CAPA). */
export function slaSettingsRoutes<Parent extends AnyRoute>(settingsRoute: Parent) {
  const policies = createRoute({
    getParentRoute: () => settingsRoute,
    path: '/sla',
    component: () => (
      <RequirePermission permission="settings:read">
        <SlaPoliciesPage />
      </RequirePermission>
    ),
  });
  const policyNew = createRoute({
    getParentRoute: () => settingsRoute,
    path: '/sla/new',
    component: () => (
      <RequirePermission permission="settings:write">
        <SlaPolicyEditPage policyId={null} />
      </RequirePermission>
    ),
  });
  const policyEdit = createRoute({
    getParentRoute: () => settingsRoute,
    path: '/sla/$policyId',
    component: function PolicyEditRoute() {
      const { policyId } = policyEdit.useParams() as { policyId: string };
      return (
        <RequirePermission permission="settings:read">
          <SlaPolicyEditPage key={policyId} policyId={policyId} />
        </RequirePermission>
      );
    },
  });
  const capa = createRoute({
    getParentRoute: () => settingsRoute,
    path: '/capa',
    validateSearch: (search: Record<string, unknown>): { status?: string; owner?: string } => ({
      ...(typeof search.status === 'string' ? { status: search.status } : {}),
      ...(typeof search.owner === 'string' ? { owner: search.owner } : {}),
    }),
    component: () => (
      <RequirePermission permission="work_order:read_all">
        <CapaListPage />
      </RequirePermission>
    ),
  });
  return [policies, policyNew, policyEdit, capa] as const;
}
