import { createContext, type ReactNode, useContext } from 'react';
import type { Services } from './services.js';

const ServicesContext = createContext<Services | null>(null);

/** Makes the app-wide services (session, client, org scope and their blocs) available to every screen. */
export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The app-wide services; a Page uses them to create its blocs. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices: no ServicesProvider above this component');
  return services;
}
