// Types of entries.config.mjs, for the TypeScript files that read it (tsup.config.ts, tests).

export interface Entry {
  /** The subpath users import; `'.'` is `attune-ui` itself. */
  path: string;
  /** The entry's index.ts, relative to the repository. */
  source: string;
  /** The file name in dist/ (default: the path with `-` for `/`, `index` for the root). */
  out?: string;
  /** `attune-ui` re-exports this entry. */
  inRoot?: boolean;
}

export declare const entries: readonly Entry[];
export declare const assets: Readonly<Record<string, string>>;
export declare const buildOnly: Readonly<Record<string, string>>;
export declare function outName(entry: Entry): string;
export declare function specifier(entry: Entry): string;
