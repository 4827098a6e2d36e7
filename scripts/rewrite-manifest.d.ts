export declare const DEV_BASE_URL: "https://localhost:3000/";
export declare const DEV_ORIGIN: "https://localhost:3000";
export declare function normalizeBaseUrl(baseUrl: string): string;
export declare function rewriteManifest(xml: string, baseUrl: string | undefined): string;
