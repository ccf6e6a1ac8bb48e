export declare const SHARED_DATA: string;
export declare const STRICT_CSP: string;
export declare function startServer(port?: number): Promise<{ url: string; close(): Promise<void> }>;
export declare function stripScripts(html: string): string;
