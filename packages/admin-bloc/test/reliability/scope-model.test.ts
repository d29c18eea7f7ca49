import { testScopeModel } from './scope-model.js';

// The scope model's quick run; scope-model.chaos.test.ts runs it at volume.
testScopeModel(20, 60_000);
