/** The numbers behind a chart, in one shape for the canvas and for its table view. */
export interface ChartSeries {
  label: string
  values: (number | null)[]
}

export interface ChartData {
  /** the x-axis categories, e.g. team names */
  categories: string[]
  series: ChartSeries[]
}
