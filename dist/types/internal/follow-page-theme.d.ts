import type { ReactiveControllerHost } from 'lit';
/**
 * `theme="auto"` on the page: the host carries `data-lede-dark` while the page
 * behind it is dark, followed from connection to disconnection and across theme changes.
 */
export declare function followPageTheme(host: ReactiveControllerHost & HTMLElement & {
    theme: string;
}): void;
