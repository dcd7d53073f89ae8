export declare const HOSTILE_HTML: Readonly<Record<string, (length: number) => string>>;
export declare function articleWithHtml(html: string): { type: 'article'; headline: string; body: [{ type: 'paragraph'; html: string }] };
