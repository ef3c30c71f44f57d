// The one place a chapter is named from its `# chapter: N Title` tag: the chapter card, the text
// version's heading, the save list and the story map all say it the same way.

/** "Prologue" for chapter 0, else "Chapter N". */
export function chapterLabel(number: number): string {
  return number === 0 ? 'Prologue' : `Chapter ${number}`;
}

/** "Prologue: The Training Court", "Chapter 2: Room 7". */
export function chapterLine(number: number, title: string): string {
  return `${chapterLabel(number)}: ${title}`;
}
