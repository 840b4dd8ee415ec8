/** Comments where notes are unavailable (ExcelApi 1.10-1.17): which cells have one, and whose. */
import { NOTE_MARK } from '../lib/marks.ts';

/** A1 address (upper case, no sheet) -> whether the comment there is the add-in's. Two syncs. */
export async function loadCommentMap(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<Map<string, boolean>> {
  const comments = sheet.comments;
  comments.load('items/content');
  await context.sync();
  const locations = comments.items.map((c) => {
    const location = c.getLocation();
    location.load('address');
    return location;
  });
  await context.sync();
  const map = new Map<string, boolean>();
  comments.items.forEach((c, i) => {
    const address = (locations[i]?.address ?? '').split('!').pop()?.replace(/\$/g, '').toUpperCase() ?? '';
    if (address) map.set(address, c.content.startsWith(NOTE_MARK));
  });
  return map;
}
