/** The numbers behind a chart, in one shape for the canvas and for its table view. */
export interface ChartSeries {
  label: string
  /** null: no figure here (no data, or hidden when `notes` has a text at that place) */
  values: (number | null)[]
  /** why a value is null when it is hidden by the privacy rule (the table prints it; the canvas marks "hidden") */
  notes?: (string | null)[]
}

export interface ChartData {
  /** the x-axis categories, e.g. team names */
  categories: string[]
  series: ChartSeries[]
}
