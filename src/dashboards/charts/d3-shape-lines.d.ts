// SPDX-License-Identifier: EUPL-1.2
// d3-shape ships no types; src/paradox/d3-shape.d.ts declares the radial line. This adds the line and area
// generators the dashboard charts use (ADR 0011), merged into the same ambient module declaration.
declare module 'd3-shape' {
  export interface Line<Datum> {
    (data: Iterable<Datum>): string | null;
    x(x: (datum: Datum, index: number) => number): this;
    y(y: (datum: Datum, index: number) => number): this;
  }
  export interface Area<Datum> {
    (data: Iterable<Datum>): string | null;
    x(x: (datum: Datum, index: number) => number): this;
    y0(y: number | ((datum: Datum, index: number) => number)): this;
    y1(y: (datum: Datum, index: number) => number): this;
  }
  export function line<Datum>(): Line<Datum>;
  export function area<Datum>(): Area<Datum>;
}
