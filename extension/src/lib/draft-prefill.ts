/** Selected text handed from the context menu to the draft checker (read once, then cleared). */
import { storage } from 'wxt/utils/storage';

export interface DraftPrefill {
  text: string;
  at: number;
}

export const draftPrefillItem = storage.defineItem<DraftPrefill | null>('local:draftPrefill', {
  fallback: null,
});

/** Takes the pending prefill, if recent, and clears it so a reload does not repeat it. */
export async function takeDraftPrefill(now = Date.now()): Promise<string | null> {
  const value = await draftPrefillItem.getValue();
  if (!value) return null;
  await draftPrefillItem.setValue(null);
  return now - value.at < 60_000 ? value.text : null;
}
