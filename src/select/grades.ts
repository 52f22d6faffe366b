/**
 * The grade filter. A feed's `grades` range may leave out either end, which means open-ended
 * (`{ min: 10 }` is grade 10 and up), and an opportunity with no range is open to every grade.
 */
interface GradeRange {
  min?: number;
  max?: number;
}

/** Whether a student in `grade` (K = 0) may take part. */
export function gradesInclude(range: GradeRange | undefined, grade: number | undefined): boolean {
  if (grade === undefined || !range) return true;
  if (range.min !== undefined && grade < range.min) return false;
  if (range.max !== undefined && grade > range.max) return false;
  return true;
}
