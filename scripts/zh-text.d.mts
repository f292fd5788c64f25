export declare const ALLOWED_LATIN: ReadonlySet<string>;
export declare function strayLatinWords(text: string, alsoAllowed?: Iterable<string>): string[];
export declare function latinWords(text: string): string[];
export declare function spacedPunctuation(text: string): string[];
