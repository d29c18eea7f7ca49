// The testing entry of admin-bloc (`admin-bloc/testing`); its exports are listed here explicitly.
export {
  type BlocTestOptions,
  type BlocTestScenario,
  blocTest,
  runBlocTest,
  type TestableBloc,
} from './bloc-test.js';
export { type Listenable, whenListen } from './when-listen.js';
