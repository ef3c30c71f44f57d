// Pages: a line too long for the text box is cut into pages the player reads one after another.
// The cut falls between sentences where it can, else between words (a word longer than a whole
// page, which no story line has, is cut where it must be). What "fits" is measured by the caller
// with the real font (TextBox.fits), so the split holds at every text size and orientation.

/** The sentences of a line, each with the spaces after it, so joined back they are the line. */
export function sentences(text: string): string[] {
  // A sentence ends at . ! ? or … (with closing quotes or brackets after it) and the spaces that follow.
  const parts = text.match(/[^.!?…]*(?:[.!?…]+["'”’)\]]*|$)\s*/g) ?? [text];
  return parts.filter((p) => p.length > 0);
}

function words(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [text];
}

/**
 * Splits `text` into the fewest pages that each fit, cutting between sentences first, then between
 * words. `fits` must accept the empty string. Each page is trimmed; joined with spaces they give the
 * line's words back in order.
 */
export function paginate(text: string, fits: (page: string) => boolean): string[] {
  const whole = text.trim();
  if (fits(whole)) return [whole];
  const pages: string[] = [];
  let page = '';
  const flush = () => {
    if (page.trim()) pages.push(page.trim());
    page = '';
  };
  for (const sentence of sentences(whole)) {
    if (fits(page + sentence)) {
      page += sentence;
      continue;
    }
    flush();
    if (fits(sentence)) {
      page = sentence;
      continue;
    }
    // One sentence longer than a page: fill pages word by word.
    for (const word of words(sentence)) {
      if (fits(page + word)) page += word;
      else {
        flush();
        page = fits(word) ? word : cutWord(word, fits, pages);
      }
    }
  }
  flush();
  return pages;
}

/** A single word wider than the box: whole pages of its letters go to `pages`, the rest is returned. */
function cutWord(word: string, fits: (page: string) => boolean, pages: string[]): string {
  let rest = word;
  while (rest && !fits(rest)) {
    let n = 1;
    while (n < rest.length && fits(rest.slice(0, n + 1))) n++;
    pages.push(rest.slice(0, n));
    rest = rest.slice(n);
  }
  return rest;
}
