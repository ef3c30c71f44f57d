// One problem story:check reports, with its file and line where known (line 0: the file as a whole).

export type ProblemKind =
  | 'compile'
  | 'lint'
  | 'external'
  | 'ending'
  | 'dead-end'
  | 'runtime-error'
  | 'runtime-warning'
  | 'unreached'
  | 'choice'
  | 'budget';

export interface CheckProblem {
  severity: 'error' | 'warning';
  kind: ProblemKind;
  file: string;
  line: number;
  message: string;
}

export function formatProblem(p: CheckProblem): string {
  return `${p.file}:${p.line}: ${p.severity}: ${p.message}`;
}

/** Splits an explorer `where` ("story/ch1.ink:12", or an ink path without sources) into file and line. */
export function placeOf(where: string, fallbackFile: string): { file: string; line: number; path: string | null } {
  const m = /^(.+\.ink):(\d+)$/.exec(where);
  return m ? { file: m[1] ?? fallbackFile, line: Number(m[2]), path: null } : { file: fallbackFile, line: 0, path: where };
}
