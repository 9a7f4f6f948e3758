/** The words of a catalogue text (placeholders left out, lower case, three letters or more), to compare sv with en. */
export const catalogueWords = (text: string): string[] =>
  text
    .replace(/\{\w+\}/g, ' ')
    .toLowerCase()
    .split(/[^a-zåäöé]+/)
    .filter((w) => w.length >= 3);
