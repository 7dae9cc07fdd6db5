// SPDX-License-Identifier: EUPL-1.2
// d3-shape ships no TypeScript types; this declares only the part the paradox chart uses (see ADR 0008),
// so no second package (@types/d3-shape) is needed.
declare module 'd3-shape' {
  export interface CurveFactory {
    readonly __curve?: never;
  }
  export interface RadialLine<Datum> {
    (data: Iterable<Datum>): string | null;
    angle(angle: (datum: Datum, index: number) => number): this;
    radius(radius: (datum: Datum, index: number) => number): this;
    curve(curve: CurveFactory): this;
  }
  export function lineRadial<Datum>(): RadialLine<Datum>;
  export const curveLinearClosed: CurveFactory;
}
