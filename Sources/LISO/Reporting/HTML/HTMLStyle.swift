/// The report's only style sheet, inlined: a system font stack, no external resources, and
/// print rules for A4 (a page per main section, charts and tables never cut).
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light; --ink: #1d2433; --muted: #5b6475; --line: #d9dde5; --soft: #f5f7fa; --accent: #0072B2; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 1120px; margin: 0 auto; padding: 32px 40px 48px; }
        header.report { border-bottom: 4px solid var(--accent); padding-bottom: 16px; margin-bottom: 8px; }
        h1 { font-size: 30px; margin: 0 0 4px; letter-spacing: -0.01em; }
        h2 { font-size: 22px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 17px; margin: 28px 0 8px; }
        p { margin: 8px 0; max-width: 78ch; }
        .subtitle, .meta, .note, figcaption, caption { color: var(--muted); }
        .meta { font-size: 13px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; margin: 20px 0; }
        .card { background: var(--soft); border-radius: 8px; padding: 12px 16px; }
        .card .figure { display: block; font-size: 26px; font-weight: 650; }
        .card .what { font-size: 13px; color: var(--muted); }
        .rule { border-left: 4px solid var(--accent); background: var(--soft); padding: 8px 14px; margin: 14px 0; }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 8px 32px; }
        table { border-collapse: collapse; margin: 8px 0 16px; font-size: 14px; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-size: 13px; padding-bottom: 4px; }
        th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
        thead th { border-bottom: 2px solid var(--ink); font-weight: 600; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        tr.flagged td, tr.flagged th { background: #fff6e0; }
        tbody th { font-weight: 500; }
        .wide { overflow-x: auto; }
        figure { margin: 12px 0 20px; }
        figcaption { font-size: 13px; margin-bottom: 6px; }
        .pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; align-items: start; }
        svg { width: 100%; height: auto; max-width: 760px; display: block; }
        svg text { font-family: inherit; fill: var(--ink); }
        svg .label { font-size: 13px; } svg .small { font-size: 12px; } svg .tick, svg .legend { font-size: 12px; fill: var(--muted); }
        svg .value { font-size: 12px; font-weight: 600; } svg .count { font-size: 11px; } svg .count.light { fill: #fff; }
        svg .grid { stroke: #ffffff; stroke-width: 1.5; } svg .stem { stroke: #8a93a3; stroke-width: 2; }
        svg .whisker { stroke: var(--ink); stroke-width: 1.6; fill: none; } svg .dot, svg .marker { stroke: #fff; stroke-width: 1.5; }
        svg .range { stroke: #8a93a3; stroke-width: 2; } svg .zero { stroke: var(--ink); stroke-width: 1.2; stroke-dasharray: 4 3; }
        svg .segment { stroke: #fff; stroke-width: 1; }
        .badge { display: inline-block; font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 10px; color: #fff; vertical-align: middle; }
        .badge.strength { background: #007a5a; } .badge.attention { background: #b36b00; color: #fff; } .badge.concern { background: #b34700; }
        .hidden-group { color: var(--muted); font-style: italic; }
        .nowrap { white-space: nowrap; }
        .notice { border-left: 5px solid #b34700; background: #fff4ec; padding: 6px 16px; margin: 14px 0; }
        .question-list { margin: 6px 0 18px; padding-left: 22px; } .question-list li { margin: 4px 0; }
        .recommendation h3 { margin-top: 12px; }
        .recommendation { border: 1px solid var(--line); border-radius: 8px; padding: 4px 16px 2px; margin: 12px 0; }
        footer { margin-top: 40px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 8px; }
        @media (max-width: 900px) { .pair { grid-template-columns: 1fr; } main { padding: 20px; } }
        @media print {
          @page { size: A4; margin: 14mm 14mm 16mm; }
          body { font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          main { max-width: none; padding: 0; }
          section.major { break-before: page; } section.major:first-of-type { break-before: auto; }
          h2, h3 { break-after: avoid; }
          figure, table, .recommendation, .card, svg, .keep { break-inside: avoid; }
          .pair { grid-template-columns: 1fr; }
          .wide { overflow: visible; }
          svg { max-width: 100%; }
        }
        """
}
