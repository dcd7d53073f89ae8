import type { ReactiveControllerHost } from 'lit';
import { followPageScheme, unfollowPageScheme } from './page-theme.js';

/**
 * `theme="auto"` on the page: the host carries `data-lede-dark` while the page
 * behind it is dark, followed from connection to disconnection and across theme changes.
 */
export function followPageTheme(host: ReactiveControllerHost & HTMLElement & { theme: string }): void {
  let following = false;
  const follow = () => {
    const auto = host.isConnected && host.theme !== 'light' && host.theme !== 'dark';
    if (auto === following) return;
    following = auto;
    if (auto) followPageScheme(host, (dark) => host.toggleAttribute('data-lede-dark', dark));
    else {
      unfollowPageScheme(host);
      host.removeAttribute('data-lede-dark');
    }
  };
  host.addController({ hostConnected: follow, hostDisconnected: follow, hostUpdate: follow });
}
