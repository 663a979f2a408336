// The privacy guards every end-to-end test inherits (through `test` from ./fixtures):
// - network: any request to another origin is blocked and fails the test;
// - CSP: any Content-Security-Policy violation fails the test;
// - storage: anything in cookies, localStorage, sessionStorage or IndexedDB fails the test,
//   since Hearth stores nothing unless the user chooses to.
// Each guard is proven by e2e/guards.spec.ts, which plants the fault and expects it caught.
import type { BrowserContext, Page } from '@playwright/test';

export class Guards {
  private foreignRequests: string[] = [];
  private cspViolations: string[] = [];
  private allowedDestinations = new Set<string>();
  private chosenToStore = new Set<string>();
  private ownOrigins = new Set<string>();
  private planted = new Set<string>();

  constructor(
    private readonly page: Page,
    private readonly context: BrowserContext,
    private readonly origin: string,
  ) {}

  async install(): Promise<void> {
    await this.context.route('**/*', async (route) => {
      const url = route.request().url();
      const origin = new URL(url).origin;
      if (origin === this.origin || this.ownOrigins.has(origin)) {
        await route.continue();
      } else if (this.allowedDestinations.has(url) && route.request().isNavigationRequest()) {
        // A page the user chose to go to, such as Exit this page's destination: answered
        // locally, so the test run itself contacts nobody.
        await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title><h1>Elsewhere</h1>' });
      } else {
        this.foreignRequests.push(url);
        await route.abort('blockedbyclient');
      }
    });
    await this.page.exposeBinding('__hearthCspViolation', (_source, violation: string) => {
      this.cspViolations.push(violation);
    });
    await this.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __hearthCspViolation: (v: string) => void }).__hearthCspViolation;
        report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    this.page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        this.cspViolations.push(message.text());
      }
    });
  }

  /** Lets one navigation to another origin through: a place the user chose to go. */
  allowNavigationTo(url: string): void {
    this.allowedDestinations.add(url);
  }

  /** Another local copy of Hearth that a test serves itself, such as the next release. */
  alsoHearthAt(origin: string): void {
    this.ownOrigins.add(origin);
  }

  /**
   * Something the user chose to keep, by pressing the button that says so: `localStorage key`,
   * or `localStorage prefix*` for keys Hearth names at random.
   */
  userChoseToStore(item: string): void {
    this.chosenToStore.add(item);
  }

  private async storedItems(): Promise<string[]> {
    const found: string[] = [];
    const state = await this.context.storageState({ indexedDB: true });
    for (const cookie of state.cookies) found.push(`cookie ${cookie.name} on ${cookie.domain}`);
    for (const origin of state.origins) {
      for (const item of origin.localStorage) found.push(`localStorage ${item.name} on ${origin.origin}`);
      for (const db of origin.indexedDB ?? []) found.push(`IndexedDB ${db.name} on ${origin.origin}`);
    }
    if (!this.page.isClosed() && new URL(this.page.url()).origin === this.origin) {
      // The document asked is the one in the tab when the script runs, which may already have
      // left Hearth (a planted link's error page, where reading storage throws): it reads only
      // Hearth's own.
      const inPage = await this.page.evaluate(async (origin) => {
        if (location.origin !== origin) return [];
        const items = Object.keys(sessionStorage).map((key) => `sessionStorage ${key}`);
        const dbs = (await indexedDB.databases()).map((db) => `IndexedDB ${db.name}`);
        return [...items, ...dbs];
      }, this.origin);
      found.push(...inPage.map((item) => `${item} on ${this.origin}`));
    }
    const chosen = (item: string) =>
      [...this.chosenToStore].some((c) => (c.endsWith('*') ? item.startsWith(c.slice(0, -1)) : item.startsWith(`${c} on `)));
    return [...new Set(found)].filter((item) => !chosen(item));
  }

  /** Every problem the guards have seen so far, in words. */
  async problems(): Promise<string[]> {
    const stored = await this.storedItems();
    return [
      ...this.foreignRequests.filter((url) => !this.planted.has(url)).map((url) => `network guard: a request to another origin: ${url}`),
      ...this.cspViolations.filter((v) => !this.planted.has(v)).map((v) => `CSP guard: a Content-Security-Policy violation: ${v}`),
      ...stored.map((item) => `storage guard: something was stored without the user choosing to: ${item}`),
    ];
  }

  async verify(): Promise<void> {
    const problems = await this.problems();
    if (problems.length > 0) throw new Error(`Privacy guards failed:\n- ${problems.join('\n- ')}`);
  }

  /**
   * For the tests that plant a fault on purpose: forget it once it has been caught, and forget
   * the same request or violation if it comes again, as a retried planted fault is still planted.
   */
  async forgetPlantedFaults(): Promise<void> {
    for (const fault of [...this.foreignRequests, ...this.cspViolations]) this.planted.add(fault);
    await this.context.clearCookies();
    if (new URL(this.page.url()).origin === this.origin) {
      await this.page.evaluate(async (origin) => {
        if (location.origin !== origin) return;
        localStorage.clear();
        sessionStorage.clear();
        for (const db of await indexedDB.databases()) {
          await new Promise((done) => {
            const request = indexedDB.deleteDatabase(db.name ?? '');
            request.onsuccess = request.onerror = request.onblocked = done;
          });
        }
      }, this.origin);
    }
  }
}
