import type { Issue } from '../data/validate.js';
/**
 * The one place problems reach the console, so it and the events' `issues` agree. Each line
 * names the element (a page may hold ten); a warning is written once per element (`warned`).
 */
export declare function reportIssues(element: Element & {
    src?: string;
}, issues: readonly Issue[], warned: Set<string>): void;
