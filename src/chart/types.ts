/** What the payback chart draws: plain numbers only, prepared by the state layer from the model's result. */
export interface ChartCurve {
  /** stable across renders and unique among the curves (`scheme:<id>`, or "portfolio"): keys the DOM and picks the style */
  id: string;
  /** the officers' name for the line, shown at its right end and in the readout */
  label: string;
  /** position in pounds at t = 0 … N (length N + 1) */
  values: ArrayLike<number>;
  /** interpolated month of the payback's crossing (MODEL.md's `months`, counted from t = 0); null: none, or nothing to pay back */
  crossingMonth: number | null;
  kind: 'scheme' | 'portfolio';
  /** a scheme's place in the palette, kept as schemes come and go (state/curves.ts); without it, its position among the schemes */
  slot?: number;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
