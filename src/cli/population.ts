// The population of --populatie, read in one place for every command: its notices shown, its
// problems handed back (classify, report and recount report them with the export's) or thrown
// (exit 1). Light, so that a count does not load the readers of other side inputs. Wiring only.
import { loadPopulation, SCREENING_2018, type Population } from '../estimate/population.js';
import type { Problem } from '../io/problem.js';
import { problemsError } from '../render/problems.js';
import { notify } from './common.js';

/**
 * The population of --populatie, or the screening of 2018: the one place it is read. Its notices
 * (a column it ignores) are shown; its problems are returned, for a caller that reports them with
 * the export's, and the 2018 screening stands in meanwhile.
 */
export async function populationInput(file: string | undefined): Promise<{ population: Population; problems: Problem[] }> {
  if (!file) return { population: SCREENING_2018, problems: [] };
  const loaded = await loadPopulation(file);
  notify(loaded.notices.map((notice) => `${file}: ${notice}`));
  return { population: loaded.population ?? SCREENING_2018, problems: loaded.problems };
}

/** The population of --populatie (its problems: exit 1), or the screening of 2018. */
export async function readPopulation(file: string | undefined): Promise<Population> {
  const { population, problems } = await populationInput(file);
  if (problems.length) throw problemsError(problems);
  return population;
}
