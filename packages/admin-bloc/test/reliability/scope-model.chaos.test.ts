import { testScopeModel } from './scope-model.js';

// The scope model at volume (npm run test:chaos); scope-model.test.ts is its quick run in npm test.
testScopeModel(500, 300_000);
