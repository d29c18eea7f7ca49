import type { Plugin } from 'vite';

/** The explicit list of ../mangle.json, grouped by the object that carries the names. */
export declare const internalNameGroups: Record<string, Record<string, string>>;
/** Every internal name → its shipped name. */
export declare const internalNames: Record<string, string>;
/** A vite/rolldown plugin that renames the listed properties in every output chunk. */
export declare function mangleInternals(): Plugin;
