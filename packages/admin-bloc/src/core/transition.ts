import { Change } from './change.js';

/**
 * A change of a bloc's state together with the event whose handler caused it.
 *
 * @example
 * const transition = new Transition(0, { type: 'counter/incremented' }, 1);
 * transition.event.type; // 'counter/incremented'
 */
export class Transition<Event, State> extends Change<State> {
  declare readonly event: Event;

  constructor(currentState: State, event: Event, nextState: State) {
    super(currentState, nextState);
    this.event = event;
  }
}
