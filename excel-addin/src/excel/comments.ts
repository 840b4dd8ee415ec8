/** Comments where notes are unavailable (ExcelApi 1.10-1.17): which cells have one, and whose. */
import { NOTE_MARK } from '../lib/marks.ts';

export interface CommentInfo {
  content: string;
  /** Written by the add-in (starts with its mark). */
  ours: boolean;
}

/** A1 address (upper case, no sheet) -> the comment there. Two syncs. */
export async function loadCommentMap(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<Map<string, CommentInfo>> {
  const comments = sheet.comments;
  comments.load('items/content');
  await context.sync();
  const locations = comments.items.map((c) => {
    const location = c.getLocation();
    location.load('address');
    return location;
  });
  await context.sync();
  const map = new Map<string, CommentInfo>();
  comments.items.forEach((c, i) => {
    const address = (locations[i]?.address ?? '').split('!').pop()?.replace(/\$/g, '').toUpperCase() ?? '';
    if (address) map.set(address, { content: c.content, ours: c.content.startsWith(NOTE_MARK) });
  });
  return map;
}
