import { type AnyRoute, createRoute, useNavigate } from '@tanstack/react-router';
import { RequireArea, RequirePermission } from '../shell/RequireAccess.tsx';
import { DispatchBoardPage } from './board/DispatchBoardPage.tsx';
import { todayIn } from './board/day-frame.ts';
import { PlanningTabs } from './PlanningTabs.tsx';
import { type PlanView, TechnicianPlanPage } from './plan/TechnicianPlanPage.tsx';
import { SkillsPage } from './settings/SkillsPage.tsx';
import { TeamsPage } from './settings/TeamsPage.tsx';
import { TechniciansPage } from './settings/TechniciansPage.tsx';

const COMPANY_ZONE = 'Europe/Istanbul';
const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(value);
const isId = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f-]{36}$/iu.test(value);

interface BoardSearch {
  date?: string;
  team?: string;
}

interface PlanSearch {
  technician?: string;
  date?: string;
  view?: PlanView;
}

/** Planlama's pages (board, technician plan) hung under the signed-in shell. */
export function planningRoutes<Parent extends AnyRoute>(appRoute: Parent) {
  const board = createRoute({
    getParentRoute: () => appRoute,
    path: '/planning',
    validateSearch: (search: Record<string, unknown>): BoardSearch => ({
      ...(isDay(search.date) ? { date: search.date } : {}),
      ...(isId(search.team) ? { team: search.team } : {}),
    }),
    component: function BoardRoute() {
      const search = board.useSearch() as BoardSearch;
      const navigate = useNavigate();
      return (
        <RequireArea area="planning">
          <PlanningTabs />
          <DispatchBoardPage
            date={search.date ?? todayIn(COMPANY_ZONE)}
            teamId={search.team ?? null}
            onChange={({ date, teamId }) =>
              void navigate({
                to: '/planning',
                search: { date, ...(teamId ? { team: teamId } : {}) } as never,
              })
            }
          />
        </RequireArea>
      );
    },
  });

  const plan = createRoute({
    getParentRoute: () => appRoute,
    path: '/planning/plan',
    validateSearch: (search: Record<string, unknown>): PlanSearch => ({
      ...(isId(search.technician) ? { technician: search.technician } : {}),
      ...(isDay(search.date) ? { date: search.date } : {}),
      ...(search.view === 'week' || search.view === 'day' ? { view: search.view } : {}),
    }),
    component: function PlanRoute() {
      const search = plan.useSearch() as PlanSearch;
      const navigate = useNavigate();
      return (
        <RequireArea area="planning">
          <PlanningTabs />
          <TechnicianPlanPage
            technicianId={search.technician ?? null}
            date={search.date ?? todayIn(COMPANY_ZONE)}
            view={search.view ?? 'day'}
            onChange={({ technicianId, date, view }) =>
              void navigate({
                to: '/planning/plan',
                search: { date, view, ...(technicianId ? { technician: technicianId } : {}) } as never,
              })
            }
          />
        </RequireArea>
      );
    },
  });

  // The planner keeps skills, teams and technician profiles from Planlama too: Ayarlar is the
  // admin's area, and a planner who cannot open it must still be able to edit a profile.
  const resource = (path: '/skills' | '/teams' | '/technicians', Page: () => React.JSX.Element) =>
    createRoute({
      getParentRoute: () => appRoute,
      path: `/planning${path}`,
      component: () => (
        <RequireArea area="planning">
          <PlanningTabs />
          <Page />
        </RequireArea>
      ),
    });

  return [
    board,
    plan,
    resource('/skills', SkillsPage),
    resource('/teams', TeamsPage),
    resource('/technicians', TechniciansPage),
  ] as const;
}

/** Ayarlar → Yetkinlikler, Ekipler, Teknisyenler. */
export function planningSettingsRoutes<Parent extends AnyRoute>(settingsRoute: Parent) {
  const page = (path: '/skills' | '/teams' | '/technicians', Page: () => React.JSX.Element) =>
    createRoute({
      getParentRoute: () => settingsRoute,
      path,
      component: () => (
        <RequirePermission permission="planning:read">
          <Page />
        </RequirePermission>
      ),
    });
  return [
    page('/skills', SkillsPage),
    page('/teams', TeamsPage),
    page('/technicians', TechniciansPage),
  ] as const;
}
