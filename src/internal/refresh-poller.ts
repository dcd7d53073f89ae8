/** `refresh` below this many seconds is raised to it: a newsroom's server must not be hammered. */
export const MIN_REFRESH_SECONDS = 15;
/** Failures double the wait up to this. */
export const MAX_REFRESH_SECONDS = 600;

/**
 * Calls `check` every `seconds` while the page is visible and the element is
 * on screen. A check that falls due while either is not waits, and runs once
 * as soon as both are true again. Failed checks double the wait, up to ten
 * minutes; a good one goes back to `seconds`.
 */
export class RefreshPoller {
  #timer?: ReturnType<typeof setTimeout>;
  #observer?: IntersectionObserver;
  #seconds = 0;
  #failures = 0;
  #onScreen = false;
  #due = false;
  #checking = false;

  constructor(
    private readonly element: Element,
    /** Resolves true when the document was checked (changed or not), false when the check failed. */
    private readonly check: () => Promise<boolean>,
  ) {}

  get running(): boolean {
    return this.#seconds > 0;
  }

  start(seconds: number): void {
    seconds = Math.max(MIN_REFRESH_SECONDS, seconds);
    if (seconds === this.#seconds) return;
    this.stop();
    this.#seconds = seconds;
    this.#observer = new IntersectionObserver(([entry]) => {
      this.#onScreen = !!entry?.isIntersecting;
      this.#resume();
    });
    this.#observer.observe(this.element);
    document.addEventListener('visibilitychange', this.#resume);
    this.#schedule();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#observer?.disconnect();
    this.#observer = undefined;
    document.removeEventListener('visibilitychange', this.#resume);
    this.#seconds = this.#failures = 0;
    this.#due = false;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const seconds = Math.min(MAX_REFRESH_SECONDS, this.#seconds * 2 ** this.#failures);
    this.#timer = setTimeout(() => {
      this.#due = true;
      this.#resume();
    }, seconds * 1000);
  }

  #resume = async (): Promise<void> => {
    if (!this.#due || this.#checking || !this.#onScreen || document.visibilityState === 'hidden') return;
    this.#due = false;
    this.#checking = true;
    const ok = await this.check();
    this.#checking = false;
    if (!this.running) return; // stopped while checking
    this.#failures = ok ? 0 : this.#failures + 1;
    this.#schedule();
  };
}
