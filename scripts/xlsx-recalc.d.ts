export declare const CSV_FILTER: string;
export declare const MISSING_SOFFICE: string;
export declare function findSoffice(env?: Record<string, string | undefined>): string | null;
export interface RecalcOptions {
  /** The soffice to run; found on PATH (or $SOFFICE) when left out. null means: none available. */
  soffice?: string | null;
  /** Where to look for soffice (default process.env). */
  env?: Record<string, string | undefined>;
  /** Per conversion (default 10 minutes). */
  timeoutMs?: number;
}
export declare function recalculate(input: string, outDir: string, options?: RecalcOptions): { xlsx: string; csv: string[] };
