import { BONES, DISCS, MUSCLES, VERTEBRAE } from '../../domain/anatomy';
import { EXERCISE_GROUPS, EXERCISES } from '../../domain/content/exercises';
import { EQUIPMENT_LABELS } from '../../domain/content/types';
import { listKey } from '../anatomy/listKey';
import { MUSCLE_GROUP_LABELS } from '../anatomy/structureLabel';

/** One thing search can find: an exercise (key = its id) or a body part (key = its selection key). */
export interface SearchEntry {
  kind: 'exercise' | 'structure';
  key: string;
  name: string;
  /** A few words shown beside the name: the exercise group, or the kind of structure. */
  hint: string;
  /** Lower-case text the query is matched against. */
  text: string;
}

/** Lower case, no accents, and one kind of dash, so "l4–l5", "L4-L5" and "L4/L5" all match. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015/]/g, '-');
}

function entry(kind: SearchEntry['kind'], key: string, name: string, hint: string, extra = ''): SearchEntry {
  return { kind, key, name, hint, text: normalise(`${name} ${key} ${hint} ${extra}`) };
}

const groupName = new Map(EXERCISE_GROUPS.map((g) => [g.id, g.name]));

/** Everything search can find, exercises first. */
export const SEARCH_ENTRIES: readonly SearchEntry[] = [
  ...EXERCISES.map((e) =>
    entry(
      'exercise',
      e.id,
      e.name,
      groupName.get(e.group) ?? 'Exercise',
      e.equipment.map((q) => EQUIPMENT_LABELS[q]).join(' '),
    ),
  ),
  ...VERTEBRAE.map((v) => entry('structure', listKey(v.id), v.name, 'Vertebra')),
  ...DISCS.map((d) => entry('structure', listKey(d.id), d.name, 'Disc')),
  ...BONES.map((b) => entry('structure', listKey(b.id), b.name, 'Bone')),
  ...MUSCLES.map((m) => entry('structure', listKey(m.id), m.name, MUSCLE_GROUP_LABELS[m.group], 'muscle')),
];

/** Entries whose text holds every word of the query, best first: names that start with it, then word starts. */
export function searchEntries(
  query: string,
  limit = 8,
  entries: readonly SearchEntry[] = SEARCH_ENTRIES,
): SearchEntry[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const q = words.join(' ');
  const scored: { entry: SearchEntry; score: number; order: number }[] = [];
  entries.forEach((e, order) => {
    if (!words.every((w) => e.text.includes(w))) return;
    const name = normalise(e.name);
    const score = name.startsWith(q)
      ? 0
      : new RegExp(`(^|[\\s(-])${words[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(name)
        ? 1
        : 2;
    scored.push({ entry: e, score, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.entry);
}
