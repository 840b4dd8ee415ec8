/** Selecting a result's cell from the pane. */
import type { ExcelRun } from './host.ts';

/** Activates `sheet` and selects `address` in it. */
export async function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
