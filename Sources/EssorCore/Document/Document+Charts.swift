extension Document {
  /// The chart's data, read from this document's tables.
  ///
  /// Each reference must name a table of the document and one of its columns; rows given
  /// explicitly must lie in the table, and without rows the data rows are drawn (from the
  /// first data row to the last). Every series must have as many values as there are
  /// categories. Anything else is an error naming the chart, the table and the column:
  /// nothing falls back to another row or column.
  public func resolve(_ chart: Chart) throws -> ResolvedChart {
    let categories = try column(chart.categories, of: chart)
    let series = try chart.series.map { series in
      let values = try column(series.values, of: chart)
      guard values.values.count == categories.values.count else {
        throw Self.chartError(
          chart,
          LocalizedText(
            fr:
              "a \(categories.values.count) catégories mais sa série « \(series.name) » a \(values.values.count) valeurs.",
            en:
              "has \(categories.values.count) categories but its series “\(series.name)” has \(values.values.count) values."
          ),
          hint: LocalizedText(
            fr: "donnez aux catégories et aux séries les mêmes lignes.",
            en: "give the categories and the series the same rows."))
      }
      return ResolvedChart.Series(name: series.name, column: values)
    }
    return ResolvedChart(chart: chart, categories: categories, series: series)
  }

  /// One reference of `chart`, checked and read.
  private func column(_ reference: ColumnReference, of chart: Chart) throws -> ChartColumn {
    let ids = tables.map(\.table.id)
    guard let table = tables.first(where: { $0.table.id == reference.table })?.table else {
      throw Self.chartError(
        chart,
        LocalizedText(
          fr: "cite le tableau « \(reference.table) », absent du document.",
          en: "refers to the table “\(reference.table)”, which the document does not hold."),
        hint: ids.isEmpty
          ? LocalizedText(fr: "le document n’a aucun tableau.", en: "the document holds no table.")
          : LocalizedText(
            fr: "ses tableaux : \(ids.joined(separator: ", ")).",
            en: "its tables: \(ids.joined(separator: ", ")).")
      )
    }
    guard let index = table.columnIndex(reference.column) else {
      let columns = table.columns.map(\.id).joined(separator: ", ")
      throw Self.chartError(
        chart,
        LocalizedText(
          fr:
            "cite la colonne « \(reference.column) » du tableau « \(reference.table) », qui n’en a pas de ce nom.",
          en:
            "refers to the column “\(reference.column)” of the table “\(reference.table)”, which has no such column."
        ),
        hint: LocalizedText(
          fr: "ses colonnes : \(columns).", en: "its columns: \(columns)."))
    }
    let rows: ClosedRange<Int>
    if let wanted = reference.rows {
      guard table.rows.indices.contains(wanted.lowerBound),
        table.rows.indices.contains(wanted.upperBound)
      else {
        let count = table.rows.count
        let has =
          count == 0
          ? LocalizedText(fr: "qui n’a aucune ligne", en: "which has no row")
          : LocalizedText(
            fr: "qui a \(count) ligne\(count == 1 ? "" : "s") (0 à \(count - 1))",
            en: "which has \(count) row\(count == 1 ? "" : "s") (0 to \(count - 1))")
        throw Self.chartError(
          chart,
          LocalizedText(
            fr:
              "trace les lignes \(wanted.lowerBound) à \(wanted.upperBound) de la colonne « \(reference.column) » du tableau « \(reference.table) », \(has.fr).",
            en:
              "draws rows \(wanted.lowerBound) to \(wanted.upperBound) of the column “\(reference.column)” of the table “\(reference.table)”, \(has.en)."
          ))
      }
      rows = wanted
    } else {
      guard let first = table.rows.firstIndex(where: { $0.style == .data }),
        let last = table.rows.lastIndex(where: { $0.style == .data })
      else {
        throw Self.chartError(
          chart,
          LocalizedText(
            fr:
              "trace la colonne « \(reference.column) » du tableau « \(reference.table) », qui n’a aucune ligne de données.",
            en:
              "draws the column “\(reference.column)” of the table “\(reference.table)”, which has no data row."
          ))
      }
      rows = first...last
    }
    let values = rows.map { row in
      let cells = table.rows[row].cells
      return index < cells.count ? cells[index].value : .empty
    }
    return ChartColumn(
      reference: reference, index: index, column: table.columns[index], rows: rows, values: values)
  }

  /// An error about `chart`: the message follows the chart's name.
  private static func chartError(
    _ chart: Chart, _ message: LocalizedText, hint: LocalizedText? = nil
  )
    -> EssorError
  {
    EssorError(
      .invalidValue,
      LocalizedText(
        fr: "le graphique « \(chart.title) » \(message.fr)",
        en: "the chart “\(chart.title)” \(message.en)"),
      hint: hint)
  }
}
