// happy-dom has no CSS Custom Highlight API and no StaticRange one can construct. Tests that
// need them get stand-ins: a Highlight is a Set of ranges, a StaticRange its four fields.
export function installRangeShims(): void {
  const g = globalThis as Record<string, unknown>;
  g.Highlight ??= class extends Set<AbstractRange> {};
  g.StaticRange ??= class {
    constructor(init: StaticRangeInit) {
      Object.assign(this, init);
    }
  };
}
