const ORDER = ['minimal', 'low', 'medium', 'high', 'xhigh'];

/** The lower of two reasoning efforts; unknown values are treated as the highest. */
export function lowerEffort(requested: string, cap: string): string {
  const r = ORDER.indexOf(requested);
  const c = ORDER.indexOf(cap);
  return r !== -1 && r <= c ? requested : cap;
}
