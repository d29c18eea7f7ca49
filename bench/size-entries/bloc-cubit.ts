// The smallest useful import of the core: Bloc, Cubit and the four built-in transformers.
export {
  Bloc,
  Cubit,
  concurrent,
  droppable,
  restartable,
  sequential,
} from '../../packages/admin-bloc/src/core/index.js';
