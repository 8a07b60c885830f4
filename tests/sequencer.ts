/**
 * The order in which test files start. Vitest runs the files it has timed before longest
 * first, but a fresh clone has no timings and it falls back to file size, which starts the
 * every-page walk (a small file, the longest run) last, alone on one core. These files are the
 * longest on 2 cores, in this order; the rest follow as Vitest would order them.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONGEST_FIRST = ['every-page', 'cms', 'scale', 'first-screen', 'print', 'bad-content-build'];

const rank = (spec: TestSpecification) => {
  const index = LONGEST_FIRST.findIndex((name) => spec.moduleId.endsWith(`/${name}.test.ts`));
  return index < 0 ? LONGEST_FIRST.length : index;
};

export class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const projects = [...new Set(sorted.map((spec) => spec.project.name))];
    // Within each project; Array.prototype.sort is stable, so the rest keep Vitest's order.
    return projects.flatMap((name) =>
      sorted.filter((spec) => spec.project.name === name).sort((a, b) => rank(a) - rank(b)),
    );
  }
}
