import { type ReactNode, useEffect, useRef } from 'react';
import { ActivityPage } from '../features/activity/activity-page.js';
import { AuditPage } from '../features/audit/audit-page.js';
import { ContactsPage } from '../features/contacts/contacts-page.js';
import { DashboardPage } from '../features/dashboard/dashboard-page.js';
import { OrganizationsPage } from '../features/organizations/organizations-page.js';
import { PeerMentorsPage } from '../features/peer-mentors/peer-mentors-page.js';
import { PlatformPage } from '../features/platform/platform-page.js';
import { UsersPage } from '../features/users/users-page.js';
import { I18nProvider, type MessageKey, useI18n } from '../i18n/i18n.js';
import { DevPanel } from './dev-panel.js';
import { useLocation } from './router.js';
import type { Services } from './services.js';
import { ServicesProvider } from './services-context.js';
import { NAV, Shell } from './shell.js';

const TITLES: Readonly<Record<string, MessageKey>> = Object.fromEntries(NAV);

const ROUTES: Readonly<Record<string, () => ReactNode>> = {
  '/': () => <DashboardPage />,
  '/users': () => <UsersPage />,
  '/activity': () => <ActivityPage />,
  '/contacts': () => <ContactsPage />,
  '/peer-mentors': () => <PeerMentorsPage />,
  '/organizations': () => <OrganizationsPage />,
  '/platform': () => <PlatformPage />,
  '/audit': () => <AuditPage />,
};

function NotFound() {
  const { t } = useI18n();
  return <p className="state">{t('state.notFound')}</p>;
}

function Routes() {
  const { pathname } = useLocation();
  const { t } = useI18n();
  const path = pathname.replace(/\/+$/, '') || '/';
  const route = ROUTES[path];
  const title = TITLES[path];
  useEffect(() => {
    document.title = `${title ? t(title) : t('state.notFound')} — ${t('app.title')}`;
  }, [title, t]);
  const shown = useRef(path);
  useEffect(() => {
    // After an in-app navigation, a screen reader starts at the new screen rather than at the old link.
    if (shown.current === path) return;
    shown.current = path;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);
  return route ? route() : <NotFound />;
}

/** The dashboard app: locale, shared services, the shell and the screen for the current path. */
export function App({ services }: { services: Services }) {
  return (
    <I18nProvider>
      <ServicesProvider services={services}>
        <Shell devPanel={<DevPanel />}>
          <Routes />
        </Shell>
      </ServicesProvider>
    </I18nProvider>
  );
}
