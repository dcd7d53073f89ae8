/** `refresh` below this many seconds is raised to it: a newsroom's server must not be hammered. */
export declare const MIN_REFRESH_SECONDS = 15;
/** Failures double the wait up to this. */
export declare const MAX_REFRESH_SECONDS = 600;
/**
 * Calls `check` every `seconds` while the page is visible and the element is
 * on screen. A check that falls due while either is not waits, and runs once
 * as soon as both are true again. Failed checks double the wait, up to ten
 * minutes; a good one goes back to `seconds`.
 */
export declare class RefreshPoller {
    #private;
    private readonly element;
    /** Resolves true when the document was checked (changed or not), false when the check failed. */
    private readonly check;
    constructor(element: Element, 
    /** Resolves true when the document was checked (changed or not), false when the check failed. */
    check: () => Promise<boolean>);
    get running(): boolean;
    start(seconds: number): void;
    stop(): void;
}
