// Who is who on stage: the portrait that belongs to a speaker. Portrait ids are the speaker's name
// in lower case without marks ("Ye-sung" -> yesung), with a variant after an underscore
// (yesung_child, yangho_2013): any variant on stage is that speaker.
export function speakerPortrait(speaker: string | null, shown: readonly string[]): string | null {
  if (!speaker) return null;
  const id = speaker.toLowerCase().replace(/[^a-z0-9]/g, '');
  return shown.find((who) => who === id || who.startsWith(`${id}_`)) ?? null;
}
