// A test's own view of a page that may be hostile: a fresh isolated world (CDP
// Page.createIsolatedWorld) has pristine prototypes whatever the page redefined, and the DevTools
// DOM domain reads closed shadow roots, which no page script can. Nothing here is visible to the
// page's scripts.
import type { CDPSession, Page } from 'playwright-core';

export interface Observer {
  cdp: CDPSession;
  /** Runs `fn(arg)` in the observer's world; returns its (JSON) value. */
  run<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Text of the shadow root (open or closed) of the first `hostTag` element, or null. */
  shadowText(hostTag: string, selector?: string): Promise<string | null>;
  /** Centre of an element inside the shadow root of `hostTag`, for a trusted click. */
  shadowPoint(hostTag: string, selector: string): Promise<{ x: number; y: number } | null>;
}

export async function observe(page: Page): Promise<Observer> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  // The world goes with each navigation: made again when a call finds it gone.
  let world: Promise<number> | undefined;
  const context = () => {
    world ??= cdp
      .send('Page.getFrameTree')
      .then(({ frameTree }) =>
        cdp.send('Page.createIsolatedWorld', {
          frameId: frameTree.frame.id,
          worldName: 'policy-terms-test-observer',
        }),
      )
      .then(({ executionContextId }) => executionContextId);
    return world;
  };
  const retrying = async <T>(call: (contextId: number) => Promise<T>): Promise<T> => {
    try {
      return await call(await context());
    } catch (error) {
      if (!/context|Cannot find/i.test(String(error))) throw error;
      world = undefined;
      return call(await context());
    }
  };

  const run = async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
    const { result, exceptionDetails } = await retrying((contextId) =>
      cdp.send('Runtime.evaluate', {
        expression: `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`,
        contextId,
        returnByValue: true,
        awaitPromise: true,
      }),
    );
    if (exceptionDetails) {
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    }
    return result.value as T;
  };

  const callInShadow = async <T>(
    hostTag: string,
    fn: string,
    args: unknown[] = [],
  ): Promise<T | null> => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: hostTag,
    });
    if (!nodeId) return null;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { result } = await retrying(async (executionContextId) => {
      const { object } = await cdp.send('DOM.resolveNode', {
        backendNodeId: shadow.backendNodeId,
        executionContextId,
      });
      return cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId as string,
        functionDeclaration: fn,
        arguments: args.map((value) => ({ value })),
        returnByValue: true,
      });
    });
    return (result.value ?? null) as T | null;
  };

  return {
    cdp,
    run,
    shadowText: (hostTag, selector) =>
      callInShadow<string>(
        hostTag,
        'function (s) { const el = s ? this.querySelector(s) : this; return el ? el.textContent : null; }',
        [selector ?? null],
      ),
    shadowPoint: (hostTag, selector) =>
      callInShadow<{ x: number; y: number }>(
        hostTag,
        `function (s) {
          const el = this.querySelector(s);
          if (!el) return null;
          const r = el.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }`,
        [selector],
      ),
  };
}

/** Polls `read` until it returns something other than null (or times out). */
export async function until<T>(read: () => Promise<T | null>, timeout = 5_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const observers = new WeakMap<Page, Promise<Observer>>();

/** One observer per page, made on first use. */
export function observerOf(page: Page): Promise<Observer> {
  let observer = observers.get(page);
  if (!observer) {
    observer = observe(page);
    observers.set(page, observer);
  }
  return observer;
}
