/**
 * One state change of a bloc or cubit: the state before and the state after.
 * Built only when something listens for changes (a hook, an observer or `changes$`),
 * so an unobserved emit allocates nothing.
 *
 * @example
 * const change = new Change(0, 1);
 * change.nextState; // 1
 */
export class Change<State> {
  // Declared, not class fields: the constructor's assignments create them, and a bundle spells them once.
  declare readonly currentState: State;
  declare readonly nextState: State;

  constructor(currentState: State, nextState: State) {
    this.currentState = currentState;
    this.nextState = nextState;
  }
}
