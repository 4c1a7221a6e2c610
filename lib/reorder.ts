/** How saveInOrder stores one kind of ordered child row (agenda items of a meeting, steps of an action). */
export interface OrderedStore<T> {
  remove(ids: number[]): Promise<unknown>;
  /** Moves every existing row off the positions 1..n, since (parent, position) is unique. */
  park(): Promise<unknown>;
  update(id: number, position: number, row: T): Promise<unknown>;
  insert(position: number, row: T): Promise<unknown>;
}

/**
 * Saves an ordered list as typed: rows no longer listed are removed, rows that exist (by id) move
 * to their new place, new rows are added; positions become 1..n in the order given. Ids not among
 * `existingIds` (another parent's, or removed meanwhile) are added as new rows, never touched.
 */
export async function saveInOrder<T extends { id: number | null }>(existingIds: readonly number[], next: readonly T[], store: OrderedStore<T>): Promise<void> {
  const keep = new Set(next.flatMap((row) => (row.id !== null && existingIds.includes(row.id) ? [row.id] : [])));
  const removed = existingIds.filter((id) => !keep.has(id));
  if (removed.length > 0) await store.remove(removed);
  await store.park();
  for (const [i, row] of next.entries()) {
    if (row.id !== null && keep.has(row.id)) await store.update(row.id, i + 1, row);
    else await store.insert(i + 1, row);
  }
}
