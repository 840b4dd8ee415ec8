/** The Office host as the add-in sees it: how to run a batch, and which APIs this Excel has. */

/** `Excel.run`, or a stand-in with the same shape (tests pass the mock's). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface HostCapabilities {
  /** Cell notes (ExcelApi 1.18); without them the add-in writes comments. */
  notes: boolean;
  /** Comments (ExcelApi 1.10). */
  comments: boolean;
  /** Fill pattern and pattern colour (ExcelApi 1.15): tells "no fill" from a white fill. */
  fillPattern: boolean;
  /** Entity values from custom functions (ExcelApi 1.16). */
  entities: boolean;
  /**
   * Layout reads (ExcelApi 1.13): several selected areas, visible cells, merged areas, number
   * format categories, the workbook's culture, conditional formats. Without them one area is
   * checked as read.
   */
  layout?: boolean;
}

/** What this Excel supports, asked of Office's requirement sets; all false outside Office. */
export function hostCapabilities(): HostCapabilities {
  const supported = (version: string): boolean => {
    try {
      return (
        typeof Office !== 'undefined' &&
        Office.context?.requirements?.isSetSupported('ExcelApi', version) === true
      );
    } catch {
      return false;
    }
  };
  return {
    notes: supported('1.18'),
    comments: supported('1.10'),
    fillPattern: supported('1.15'),
    entities: supported('1.16'),
    layout: supported('1.13'),
  };
}

/**
 * The body background colour of Office's theme (Office.context.officeTheme, where the host has
 * one: desktop Excel, and Excel on the web in recent builds); null elsewhere.
 */
export function officeBackground(): string | null {
  try {
    if (typeof Office === 'undefined') return null;
    const theme = Office.context?.officeTheme as { bodyBackgroundColor?: string } | undefined;
    return theme?.bodyBackgroundColor ?? null;
  } catch {
    return null;
  }
}

/** Lets Excel and the pane breathe between blocks (a macrotask, so rendering and input run). */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The default runner: Office's own `Excel.run`. */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);
