// Test fixtures for the cleaning tests: the raw seed texts, read from seeds/. Tests copy real
// fragments of these files and check the copies against them, so a fixture cannot drift from
// the seed it claims to come from.
import { readdirSync, readFileSync } from 'node:fs';

const SEEDS_DIR = new URL('../../seeds/', import.meta.url);

export type SeedId = '000' | '001' | '002' | '003' | '004';
export const SEED_IDS: readonly SeedId[] = ['000', '001', '002', '003', '004'];

const files = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'));

/** The raw text of the seed whose file name starts with `id` (e.g. '002'). */
export function seed(id: SeedId): string {
  const file = files.find((name) => name.startsWith(`${id}_`));
  if (!file) throw new Error(`no seed ${id}_*.txt in seeds/`);
  return readFileSync(new URL(file, SEEDS_DIR), 'utf8');
}

/** Line `n` (1-based) of a seed, as in the file. */
export function seedLine(id: SeedId, n: number): string {
  const line = seed(id).split('\n')[n - 1];
  if (line === undefined) throw new Error(`seed ${id} has no line ${n}`);
  return line;
}
