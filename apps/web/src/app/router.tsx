import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { AreaKey } from '@usta/core/access';
import { session } from '../api/client.ts';
import type { SessionStore } from '../api/session-store.ts';
import { LoginPage } from '../auth/LoginPage.tsx';
import { CustomerDetailPage } from '../customers/CustomerDetailPage.tsx';
import { CustomersPage } from '../customers/CustomersPage.tsx';
import { DeviceDetailPage } from '../devices/DeviceDetailPage.tsx';
import { DevicesPage } from '../devices/DevicesPage.tsx';
import { OlaSettingsPage } from '../ola/OlaSettingsPage.tsx';
import { AreaPlaceholderPage } from '../pages/AreaPlaceholderPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { planningRoutes, planningSettingsRoutes } from '../planning/routes.tsx';
import { CalendarEditPage } from '../settings/calendars/CalendarEditPage.tsx';
import { CalendarsPage } from '../settings/calendars/CalendarsPage.tsx';
import { CalendarYearPage } from '../settings/calendars/CalendarYearPage.tsx';
import { SettingsLayout } from '../settings/SettingsLayout.tsx';
import { UsersPage } from '../settings/users/UsersPage.tsx';
import { AppLayout } from '../shell/AppLayout.tsx';
import { RequireArea, RequirePermission } from '../shell/RequireAccess.tsx';
import { slaSettingsRoutes } from '../sla/routes.tsx';
import { StockPage } from '../stock/StockPage.tsx';
import { WorkOrderCreatePage } from '../work-orders/create/WorkOrderCreatePage.tsx';
import { WorkOrderDetailPage } from '../work-orders/WorkOrderDetailPage.tsx';
import { WorkOrdersPage } from '../work-orders/WorkOrdersPage.tsx';
import { safeRedirect } from './safe-redirect.ts';

interface RouterContext {
  session: SessionStore;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

interface LoginSearch {
  redirect?: string;
}

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (search: Record<string, unknown>): LoginSearch =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: ({ context, search }) => {
    if (context.session.get()) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: LoginPage,
});

/** Every page behind login hangs under this pathless route, which owns the shell. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: ({ context, location }) => {
    if (context.session.get()) return;
    // After an explicit logout there is nothing to return to; after an expiry there is.
    const keepPath = context.session.endReason !== 'logout' && location.href !== '/';
    throw redirect({ to: '/login', search: keepPath ? { redirect: location.href } : {} });
  },
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

/** Areas whose module is not built yet: a guarded page that says what will be there. */
function placeholderRoute<const Key extends Exclude<AreaKey, 'settings'>>(area: Key) {
  return createRoute({
    getParentRoute: () => appRoute,
    path: `/${area}` as `/${Key}`,
    component: () => (
      <RequireArea area={area}>
        <AreaPlaceholderPage area={area} />
      </RequireArea>
    ),
  });
}

// Records (issue 3): work orders, customers, devices — lists, detail pages and the create form.
const workOrdersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/work-orders',
  component: () => (
    <RequireArea area="work-orders">
      <WorkOrdersPage />
    </RequireArea>
  ),
});

const workOrderCreateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/work-orders/new',
  component: () => (
    <RequirePermission permission="work_order:create">
      <WorkOrderCreatePage />
    </RequirePermission>
  ),
});

const workOrderDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/work-orders/$workOrderId',
  component: function WorkOrderDetailRoute() {
    const { workOrderId } = workOrderDetailRoute.useParams();
    return (
      <RequireArea area="work-orders">
        <WorkOrderDetailPage key={workOrderId} workOrderId={workOrderId} />
      </RequireArea>
    );
  },
});

const customersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers',
  component: () => (
    <RequireArea area="customers">
      <CustomersPage />
    </RequireArea>
  ),
});

const customerDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers/$customerId',
  component: function CustomerDetailRoute() {
    const { customerId } = customerDetailRoute.useParams();
    return (
      <RequireArea area="customers">
        <CustomerDetailPage key={customerId} customerId={customerId} />
      </RequireArea>
    );
  },
});

const devicesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/devices',
  component: () => (
    <RequireArea area="devices">
      <DevicesPage />
    </RequireArea>
  ),
});

const deviceDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/devices/$deviceId',
  component: function DeviceDetailRoute() {
    const { deviceId } = deviceDetailRoute.useParams();
    return (
      <RequireArea area="devices">
        <DeviceDetailPage key={deviceId} deviceId={deviceId} />
      </RequireArea>
    );
  },
});

const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  component: () => (
    <RequireArea area="settings">
      <SettingsLayout />
    </RequireArea>
  ),
});

const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/settings/users', replace: true });
  },
});

const usersRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/users',
  component: () => (
    <RequirePermission permission="user:read">
      <UsersPage />
    </RequirePermission>
  ),
});

// Ayarlar → Takvimler: business calendars, their year view and the SLA due-time preview.
const calendarsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/calendars',
  component: () => (
    <RequirePermission permission="settings:read">
      <CalendarsPage />
    </RequirePermission>
  ),
});

const calendarNewRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/calendars/new',
  component: () => (
    <RequirePermission permission="settings:write">
      <CalendarEditPage calendarId={null} />
    </RequirePermission>
  ),
});

const calendarEditRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/calendars/$calendarId',
  component: function CalendarEditRoute() {
    const { calendarId } = calendarEditRoute.useParams();
    return (
      <RequirePermission permission="settings:read">
        <CalendarEditPage key={calendarId} calendarId={calendarId} />
      </RequirePermission>
    );
  },
});

const calendarYearRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/calendars/$calendarId/year',
  validateSearch: (search: Record<string, unknown>): { year?: number } => {
    const year = Number(search.year);
    return Number.isInteger(year) && year >= 2000 && year <= 2099 ? { year } : {};
  },
  component: function CalendarYearRoute() {
    const { calendarId } = calendarYearRoute.useParams();
    const { year } = calendarYearRoute.useSearch();
    return (
      <RequirePermission permission="settings:read">
        <CalendarYearPage calendarId={calendarId} year={year ?? new Date().getFullYear()} />
      </RequirePermission>
    );
  },
});

// Depo (issue 4's OLA): the warehouse's queue of parts to ship against their internal target.
const stockRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/stock',
  component: () => (
    <RequireArea area="stock">
      <StockPage />
    </RequireArea>
  ),
});

// Ayarlar → İç hedefler (OLA): targets and every team's open tasks.
const olaSettingsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/ola',
  component: () => (
    <RequirePermission permission="work_order:read_all">
      <OlaSettingsPage />
    </RequirePermission>
  ),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    workOrdersRoute,
    workOrderCreateRoute,
    workOrderDetailRoute,
    ...planningRoutes(appRoute),
    customersRoute,
    customerDetailRoute,
    devicesRoute,
    deviceDetailRoute,
    stockRoute,
    placeholderRoute('contracts'),
    placeholderRoute('finance'),
    placeholderRoute('reports'),
    settingsRoute.addChildren([
      settingsIndexRoute,
      usersRoute,
      calendarsRoute,
      calendarNewRoute,
      calendarEditRoute,
      calendarYearRoute,
      ...planningSettingsRoutes(settingsRoute),
      ...slaSettingsRoutes(settingsRoute),
      olaSettingsRoute,
    ]),
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { session },
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
