import { EditMap } from 'micromark-util-edit-map';

type Events = Parameters<EditMap['consume']>[0];
type Change = [number, number, Events];

/** micromark's own EditMap.consume, kept so that tests can compare the two. */
export const originalConsume = EditMap.prototype.consume;

/**
 * Same result as micromark's EditMap.consume, but it rebuilds only the events from the first edit on.
 * micromark's version copies the whole event list on every call, and it is called each time a list item with a
 * nested list closes: a plan of 20,000 items with fields took minutes to parse. Edits there sit near the end of
 * the list, so rebuilding only the tail makes that linear.
 */
export function consumeFromFirstEdit(this: EditMap, events: Events): undefined {
  const self = this as unknown as { map: Change[]; index: Map<number, Change> };
  if (self.map.length === 0) return undefined;
  self.map.sort((a, b) => a[0] - b[0]);
  const first = self.map[0]![0];
  const rebuilt: Events = [];
  let from = first;
  for (const [at, remove, add] of self.map) {
    for (let i = from; i < at; i++) rebuilt.push(events[i]!);
    for (const event of add) rebuilt.push(event);
    from = at + remove;
  }
  for (let i = from; i < events.length; i++) rebuilt.push(events[i]!);
  events.length = Math.min(first, events.length);
  for (const event of rebuilt) events.push(event);
  self.map.length = 0;
  self.index.clear();
  return undefined;
}

EditMap.prototype.consume = consumeFromFirstEdit;
