export declare const DEV_BASE_URL: string;
export declare const TEST_PROD_BASE_URL: string;
export declare function normalizeBaseUrl(url: string): string;
/** Throws (French message) when ADDIN_PROD_URL is not set. */
export declare function productionBaseUrl(env?: Record<string, string | undefined>): string;
export declare function isReservedHost(url: string): boolean;
export declare function transformManifest(xml: string, prodBaseUrl: string, devBaseUrl?: string): string;
