import type { FieldNotification } from '@usta/contracts/sync';
import { logOut } from '../api.ts';
import { db, getMeta } from '../db.ts';
import { formatDate, formatTime, getLocale, setLocale, t } from '../i18n.ts';
import { useLive } from '../live.ts';
import { PushButton } from '../push/PushButton.tsx';
import { waitingWork } from '../sync/owner.ts';
import type { FieldOrder, Session } from '../types.ts';
import { navigate } from './App.tsx';
import { Banners, TopBar } from './Chrome.tsx';

function dayOf(order: FieldOrder): string | null {
  if (order.visit) return order.visit.start.slice(0, 10);
  return order.requestedDate;
}

/** The server's text starts with the order number, which the list already shows in bold. */
function withoutNumber(text: string, number: string): string {
  return text.startsWith(number) ? text.slice(number.length).trimStart() : text;
}

function localIsoDate(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Today's and the coming days' jobs, in visit order. */
export function Jobs({ session }: { session: Session }) {
  const orders = useLive(() => db.orders.orderBy('sortKey').toArray());
  const notifications = useLive(async () => (await getMeta<FieldNotification[]>('notifications')) ?? []);
  const today = localIsoDate(0);
  const tomorrow = localIsoDate(1);
  const groups: Record<'today' | 'tomorrow' | 'later' | 'unscheduled', FieldOrder[]> = {
    today: [],
    tomorrow: [],
    later: [],
    unscheduled: [],
  };
  for (const order of orders ?? []) {
    const day = dayOf(order);
    if (!day) groups.unscheduled.push(order);
    else if (day <= today) groups.today.push(order);
    else if (day === tomorrow) groups.tomorrow.push(order);
    else groups.later.push(order);
  }
  const titles = {
    today: t('jobs.today'),
    tomorrow: t('jobs.tomorrow'),
    later: t('jobs.later'),
    unscheduled: t('jobs.unscheduled'),
  };
  const signOut = async () => {
    // Unsent or unread work stays tied to this technician: nobody else may sign in until it is done.
    const work = await waitingWork();
    if (work.total > 0) {
      window.alert(t('menu.logoutWaiting', { count: work.total }));
      return;
    }
    await logOut();
  };

  return (
    <div className="screen">
      <TopBar title={t('jobs.title')} />
      <Banners session={session} />
      <main className="content no-actions" data-testid="jobs">
        <p className="muted">{session.user.name}</p>
        {orders && orders.length === 0 && <p className="muted center">{t('jobs.empty')}</p>}
        {(Object.keys(groups) as (keyof typeof groups)[]).map((key) =>
          groups[key].length === 0 ? null : (
            <section key={key}>
              <div className="section-title">{titles[key]}</div>
              {groups[key].map((order) => (
                <JobCard key={order.id} order={order} />
              ))}
            </section>
          ),
        )}
        {notifications && notifications.length > 0 && (
          <section>
            <div className="section-title">{t('jobs.notifications')}</div>
            <div className="card">
              <ul className="list">
                {notifications.slice(0, 10).map((n) => (
                  <li key={n.id}>
                    <strong>{n.number}</strong> {withoutNumber(n.message[getLocale()], n.number)}{' '}
                    <span className="muted">{formatTime(n.at)}</span>
                  </li>
                ))}
              </ul>
            </div>
          </section>
        )}
      </main>
      <nav className="actions bottom">
        <div className="row">
          <button
            type="button"
            className="btn secondary small grow"
            onClick={() => setLocale(getLocale() === 'tr' ? 'en' : 'tr')}
            data-testid="language"
          >
            {t('menu.language')}
          </button>
          <PushButton />
          <button type="button" className="btn secondary small grow" onClick={() => void signOut()}>
            {t('menu.logout')}
          </button>
        </div>
      </nav>
    </div>
  );
}

function JobCard({ order }: { order: FieldOrder }) {
  const when = order.visit
    ? `${formatDate(order.visit.start)} ${formatTime(order.visit.start)}`
    : order.requestedDate;
  return (
    <button
      type="button"
      className="job"
      data-testid={`job-${order.number}`}
      onClick={() => navigate(`/job/${order.id}/info`)}
    >
      <div className="row spread">
        <span className="num">
          {order.visit?.sequence != null ? `#${order.visit.sequence} · ` : ''}
          {order.number}
        </span>
        <span className="pill" style={{ background: order.statusInfo.colour }}>
          {getLocale() === 'tr' ? order.statusInfo.nameTr : order.statusInfo.nameEn}
        </span>
      </div>
      <div className="cust">{order.customer.name}</div>
      {order.address && <div className="line">{order.address.text}</div>}
      <div className="line">{order.complaint}</div>
      {when && <div className="line">{when}</div>}
    </button>
  );
}
