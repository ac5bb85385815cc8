export declare const DEV_BASE_URL: string;
export declare const DEFAULT_PROD_BASE_URL: string;
export declare function normalizeBaseUrl(url: string): string;
export declare function productionBaseUrl(env?: Record<string, string | undefined>): string;
export declare function transformManifest(xml: string, prodBaseUrl: string, devBaseUrl?: string): string;
