export interface ManifestCheckOptions {
  /** Production manifest: no "localhost" allowed anywhere. */
  production?: boolean;
  /** Every URL under the add-in's base URL must be a file of this folder (the built dist/). */
  distDir?: string;
  /** Production: accept a host reserved for tests (the test builds' https://cpts-addin.invalid/); refused otherwise. */
  allowReservedHost?: boolean;
}
/** The errors found (French), empty when the manifest is valid. */
/** The requirement sets the manifest must declare, at exactly these versions. */
export declare const REQUIRED_SETS: Record<string, string>;
export declare function validateManifest(xml: string, options?: ManifestCheckOptions): string[];
export declare function validateManifestFile(file: string, options?: ManifestCheckOptions): string[];
