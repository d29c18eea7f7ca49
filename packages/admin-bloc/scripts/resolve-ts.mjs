// Lets Node run the package's TypeScript sources directly (Node 24 strips types natively): the sources
// import each other with `.js` specifiers, as the bundler and tsc expect, so when such a file does not
// exist the same path with `.ts` is tried. Loaded with `node --import ./scripts/resolve-ts.mjs`.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if ((specifier.startsWith('./') || specifier.startsWith('../')) && specifier.endsWith('.js')) {
        return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
      }
      throw error;
    }
  },
});
