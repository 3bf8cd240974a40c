/**
 * Text cut to a length: at most `maxLength` UTF-16 units (the unit every length limit here counts in), cut
 * between graphemes (`Intl.Segmenter`), so an emoji, a flag or a letter with its accents is never split —
 * nor, in particular, a surrogate pair.
 */
const graphemes = new Intl.Segmenter('en-GB', { granularity: 'grapheme' });

export function cutText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > maxLength) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
