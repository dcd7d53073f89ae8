/**
 * A category key for each group name: a readable ASCII slug ("Group A" → "group-a"),
 * numbered when two names give the same slug or a name gives none. The names are only
 * ever Map keys and slugs, so `__proto__` becomes the key "proto" and pollutes nothing.
 */
export function categoryKeys(groups: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  const counters = new Map<string, number>();
  for (const group of groups) {
    if (keys.has(group)) continue;
    const base = group.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z\d]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'group';
    let key = base;
    let count = counters.get(base) ?? 1;
    while (used.has(key)) key = `${base}-${++count}`;
    counters.set(base, count);
    used.add(key);
    keys.set(group, key);
  }
  return keys;
}
