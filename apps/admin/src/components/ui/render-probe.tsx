import { createContext, Profiler, type ProfilerOnRenderCallback, type ReactNode, useContext } from 'react';

/**
 * Where render counts go. Empty in the app, so a probe costs one context read; a test provides a callback to count
 * the commits of the regions it cares about (React's Profiler, which a production build leaves inert anyway).
 */
export const RenderProbeContext = createContext<ProfilerOnRenderCallback | null>(null);

/**
 * Marks a region whose renders a test counts by `id`. Put it inside a memoised component, so a commit of the
 * region means the component itself rendered, not only its parent.
 *
 * @example
 * <RenderProbe id="dashboard-card:totalUsers">{card}</RenderProbe>
 */
export function RenderProbe({ id, children }: { id: string; children: ReactNode }) {
  const onRender = useContext(RenderProbeContext);
  if (!onRender) return children;
  return (
    <Profiler id={id} onRender={onRender}>
      {children}
    </Profiler>
  );
}
