import { concatMap, groupBy, mergeMap } from 'rxjs';
import type { EventTransformer } from '../../core/transformers.js';

/**
 * Edits of one record in the order they were made, edits of different records at once: RxJS's `groupBy` by
 * the record's id, `concatMap` within a record, `mergeMap` across records. A second edit of a record made while
 * the first is on its way is neither dropped (`droppable`) nor raced against it (`concurrent`, where the server
 * could apply them in either order): it is sent once the first has its answer, so the last edit wins on the
 * server as on screen.
 *
 * @example
 * this.on('userList/userStatusChanged', changeStatus, perRecord((event) => event.userId));
 */
export function perRecord<Event>(recordOf: (event: Event) => string): EventTransformer<Event> {
  return (events, mapper) =>
    events.pipe(
      groupBy(recordOf),
      mergeMap((edits) => edits.pipe(concatMap(mapper))),
    );
}
