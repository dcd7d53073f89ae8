import { type TemplateResult } from 'lit';
/** `<hN>` for N in 1–6: tag names cannot be bindings, so each level is its own template. */
export declare function heading(level: number, part: string, content: unknown): TemplateResult;
