// The endings of the mock trial. Each `# ending: id` tag must name one of these.
export interface EndingInfo {
  id: string;
  title: string;
  /** Shown in the gallery once found. */
  summary: string;
}

export const ENDINGS: readonly EndingInfo[] = [
  {
    id: 'reinvestigation',
    title: 'The Order to Look Again',
    summary: 'Acquitted, and the court orders the girl’s death re-investigated.',
  },
  { id: 'acquittal', title: 'Not Guilty', summary: 'Acquitted, sixteen years late.' },
  { id: 'verdict_stands', title: 'The Old Verdict', summary: 'The verdict stands. Ye-sung will go on.' },
  { id: 'the_gift', title: 'The Gift of Room 7', summary: 'Everything remembered. The balloon rises.' },
];
